import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import {
  applyWireErrata,
  DEFAULTED_QUERY_PARAMETERS,
  denyUnknownFields,
  ENQUEUED_TASK_SCHEMA,
} from './meili-openapi.errata';

/** One HTTP exchange between the adapter and a Meilisearch server (the test double or a real one). */
export interface MeiliExchange {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: Record<string, string | string[] | undefined>;
  /** Parsed JSON, or undefined when the request had no body. */
  body: unknown;
  status: number;
  /** Parsed JSON, or undefined when the answer had no body. */
  answer: unknown;
}

type Json = Record<string, unknown>;

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Json;
}

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  literalSegments: number;
  pointer: string;
  parameters: Parameter[];
  hasBody: boolean;
  secured: boolean;
  responses: Record<string, { content?: Record<string, { schema?: Json }> }>;
}

export const MEILISEARCH_OPENAPI_PATH = join(__dirname, 'openapi', 'open-api-1.15.2.json');
const DOCUMENT_ID = 'meilisearch.json';
const RESPONSE_ERROR = '#/components/schemas/ResponseError';
/** Formats the document uses that JSON Schema does not define; their range is also given by `minimum`. */
const NUMERIC_FORMATS = ['u-int8', 'u-int32', 'u-int64', 'float', 'double'];

/**
 * Checks requests against the operations of Meilisearch's own OpenAPI document (method and path, query
 * parameters, JSON body) and answers against the responses the operation documents (status and body).
 * `check` returns one message per violation, naming the operation, the place and the rule.
 */
export class MeiliOpenApiValidator {
  private readonly operations: Operation[];
  private readonly requestAjv = newAjv();
  private readonly responseAjv = newAjv();
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(document: Json = JSON.parse(readFileSync(MEILISEARCH_OPENAPI_PATH, 'utf8')) as Json) {
    const wire = applyWireErrata(document);
    this.responseAjv.addSchema(withDocumentRefs(wire) as object, DOCUMENT_ID);
    this.requestAjv.addSchema(withDocumentRefs(denyUnknownFields(wire)) as object, DOCUMENT_ID);
    this.operations = Object.entries(wire.paths as Record<string, Record<string, Json>>)
      .flatMap(([template, item]) =>
        Object.entries(item).map(([method, operation]) => ({
          method: method.toUpperCase(),
          template,
          pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
          literalSegments: template.split('/').filter((segment) => !segment.startsWith('{')).length,
          pointer: `#/paths/${escapePointer(template)}/${method}`,
          parameters: (operation.parameters as Parameter[] | undefined) ?? [],
          hasBody: operation.requestBody !== undefined,
          secured: Array.isArray(operation.security) && operation.security.length > 0,
          responses: operation.responses as Operation['responses'],
        })),
      )
      .sort((a, b) => b.literalSegments - a.literalSegments);
  }

  check(exchange: MeiliExchange): string[] {
    const operation = this.operations.find(
      (candidate) => candidate.method === exchange.method && candidate.pattern.test(exchange.path),
    );
    const where = `${exchange.method} ${exchange.path}`;
    if (!operation) return [`${where}: the Meilisearch document has no such operation`];
    const named = `${where} (${operation.template})`;
    return [
      ...this.checkRequest(operation, exchange).map((problem) => `${named} request ${problem}`),
      ...this.checkAnswer(operation, exchange).map(
        (problem) => `${named} answer ${exchange.status} ${problem}`,
      ),
    ];
  }

  private checkRequest(operation: Operation, exchange: MeiliExchange): string[] {
    const problems: string[] = [];
    const authorization = exchange.headers.authorization;
    if (operation.secured && !(typeof authorization === 'string' && /^Bearer \S+$/.test(authorization))) {
      problems.push('lacks the `Authorization: Bearer <key>` header the operation requires');
    }
    const declared = operation.parameters.filter((parameter) => parameter.in === 'query');
    for (const name of Object.keys(exchange.query)) {
      if (!declared.some((parameter) => parameter.name === name)) {
        problems.push(`query parameter "${name}" is not one the operation declares`);
      }
    }
    declared.forEach((parameter) => {
      const position = operation.parameters.indexOf(parameter);
      const raw = exchange.query[parameter.name];
      if (raw === undefined) {
        const required = parameter.required && !DEFAULTED_QUERY_PARAMETERS.has(parameter.name);
        if (required) problems.push(`lacks the required query parameter "${parameter.name}"`);
        return;
      }
      const validate = this.validator(this.requestAjv, `${operation.pointer}/parameters/${position}/schema`);
      if (!validate(fromQueryString(raw, parameter.schema))) {
        problems.push(`query parameter "${parameter.name}"=${raw} ${describe(validate.errors)}`);
      }
    });
    if (!operation.hasBody) {
      if (exchange.body !== undefined) problems.push('has a body, but the operation takes none');
      return problems;
    }
    if (exchange.body === undefined) return [...problems, 'lacks the JSON body the operation requires'];
    const contentType = String(exchange.headers['content-type'] ?? '')
      .split(';')[0]
      .trim();
    if (contentType !== 'application/json') {
      problems.push(`sends its body as "${contentType}", but the operation reads application/json`);
    }
    const validate = this.validator(
      this.requestAjv,
      `${operation.pointer}/requestBody/content/application~1json/schema`,
    );
    if (!validate(exchange.body)) problems.push(`body ${describe(validate.errors)}`);
    return problems;
  }

  private checkAnswer(operation: Operation, exchange: MeiliExchange): string[] {
    const status = String(exchange.status);
    let schemaPointer: string | undefined;
    const documented = operation.responses[status];
    if (documented) {
      schemaPointer = documented.content?.['application/json']?.schema
        ? `${operation.pointer}/responses/${status}/content/application~1json/schema`
        : undefined;
    } else if (status === '202' && this.enqueuesTask(operation)) {
      schemaPointer = ENQUEUED_TASK_SCHEMA;
    } else if (exchange.status >= 400) {
      // The document lists few error statuses, but every error the server gives has this one shape.
      schemaPointer = RESPONSE_ERROR;
    } else {
      return [
        `is a status the document does not list (it lists ${Object.keys(operation.responses).join(', ')})`,
      ];
    }
    if (!schemaPointer) return exchange.answer === undefined ? [] : ['has a body the document does not list'];
    const validate = this.validator(this.responseAjv, schemaPointer);
    return validate(exchange.answer) ? [] : [`body ${describe(validate.errors)}`];
  }

  private enqueuesTask(operation: Operation): boolean {
    return Object.values(operation.responses).some(
      (response) => response.content?.['application/json']?.schema?.$ref === ENQUEUED_TASK_SCHEMA,
    );
  }

  private validator(ajv: Ajv2020, pointer: string): ValidateFunction {
    const key = `${ajv === this.requestAjv ? 'request' : 'response'}${pointer}`;
    let validate = this.validators.get(key);
    if (!validate) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}${pointer.startsWith('#') ? pointer : `#${pointer}`}` });
      this.validators.set(key, validate);
    }
    return validate;
  }
}

function newAjv(): Ajv2020 {
  const ajv = new Ajv2020({ strict: false, allErrors: true, validateFormats: true });
  addFormats(ajv);
  for (const format of NUMERIC_FORMATS) ajv.addFormat(format, { type: 'number', validate: () => true });
  return ajv;
}

/** A query string value as the JSON value its schema describes: numbers, booleans, comma-separated lists. */
function fromQueryString(raw: string, schema: Json | undefined): unknown {
  const types = ([] as unknown[]).concat(schema?.type ?? []);
  if (types.includes('array')) return raw.split(',');
  if ((types.includes('integer') || types.includes('number')) && raw.trim() !== '' && !isNaN(Number(raw))) {
    return Number(raw);
  }
  if (types.includes('boolean') && (raw === 'true' || raw === 'false')) return raw === 'true';
  return raw;
}

function describe(errors: ErrorObject[] | null | undefined): string {
  return (errors ?? [])
    .slice(0, 4)
    .map((error) => {
      const extra =
        error.keyword === 'additionalProperties'
          ? ` ("${String((error.params as { additionalProperty: string }).additionalProperty)}")`
          : '';
      return `${error.instancePath || '(root)'} ${error.message}${extra}`;
    })
    .join('; ');
}

const escapePointer = (segment: string) => segment.replace(/~/g, '~0').replace(/\//g, '~1');

/** `$ref`s in the document point into it under the id it is registered with. */
function withDocumentRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(withDocumentRefs);
  if (!node || typeof node !== 'object') return node;
  return Object.fromEntries(
    Object.entries(node as Json).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' ? `${DOCUMENT_ID}${value}` : withDocumentRefs(value),
    ]),
  );
}
