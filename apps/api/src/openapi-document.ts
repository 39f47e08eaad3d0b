import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import type { OperationObject, ResponsesObject } from '@nestjs/swagger';
import { DOCUMENTED_ACCESS_EXTENSION, DocumentedAccess, PROBLEM_CONTENT_TYPE } from '@3ipet/common';
import { LIVENESS_OPENAPI_PATH_ITEM, LIVENESS_PATH } from '@3ipet/health';

const BEARER = 'bearer';
const PROBLEM_SCHEMA = 'ProblemView';
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** Answers the whole HTTP layer can give, whatever the route: documented on each operation they apply to. */
const GENERIC_ANSWERS = {
  unauthenticated: { 401: 'No valid access token' },
  body: {
    400: 'Invalid input: malformed JSON, or `errors` naming each field and rule',
    413: 'The body is larger than the server accepts',
    415: 'The body’s content type is not accepted',
  },
} as const;

/** The served OpenAPI document: what the controllers declare, plus what the HTTP layer adds to every route. */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const options = new DocumentBuilder()
    .setTitle('3iPET API')
    .setDescription(
      'Matchmaking for air-quality technology: vendors list technologies, agencies post needs, curators introduce matches. ' +
        'Errors are RFC 9457 application/problem+json.',
    )
    .setVersion('1')
    .addServer('/', 'This server')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, BEARER)
    .build();
  const document = SwaggerModule.createDocument(app, options);
  // Liveness is a plain Fastify route (libs/health/src/liveness.ts): Swagger does not see it.
  document.paths[LIVENESS_PATH] = {
    get: { ...LIVENESS_OPENAPI_PATH_ITEM.get, [DOCUMENTED_ACCESS_EXTENSION]: 'anonymous' },
  } as unknown as OpenAPIObject['paths'][string];
  return completeDocument(document);
}

function completeDocument(document: OpenAPIObject): OpenAPIObject {
  if (!document.components?.schemas?.[PROBLEM_SCHEMA]) {
    throw new Error(`The OpenAPI document has no ${PROBLEM_SCHEMA} schema; register it with ApiExtraModels`);
  }
  const tags = new Set<string>();
  for (const pathItem of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (!operation) continue;
      declareSecurity(operation);
      addGenericAnswers(operation);
      for (const tag of operation.tags ?? []) tags.add(tag);
    }
  }
  document.tags = [...tags].sort().map((name) => ({ name }));
  return document;
}

/** Every operation states exactly what it needs; by default a Bearer token, as the global auth guard demands. */
function declareSecurity(operation: OperationObject): void {
  const extensible = operation as OperationObject & Record<string, unknown>;
  const access = extensible[DOCUMENTED_ACCESS_EXTENSION] as DocumentedAccess | undefined;
  delete extensible[DOCUMENTED_ACCESS_EXTENSION];
  operation.security =
    access === 'anonymous' ? [] : access === 'optional-bearer' ? [{}, { [BEARER]: [] }] : [{ [BEARER]: [] }];
}

function addGenericAnswers(operation: OperationObject): void {
  const readsToken = (operation.security ?? []).some((requirement) => BEARER in requirement);
  if (readsToken) addProblems(operation.responses, GENERIC_ANSWERS.unauthenticated);
  if (operation.requestBody) addProblems(operation.responses, GENERIC_ANSWERS.body);
}

function addProblems(responses: ResponsesObject, answers: Record<number, string>): void {
  for (const [status, description] of Object.entries(answers)) {
    responses[status] ??= {
      description,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: `#/components/schemas/${PROBLEM_SCHEMA}` } } },
    };
  }
}
