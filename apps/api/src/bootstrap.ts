import type { IncomingMessage } from 'node:http';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { ProblemFilter, createValidationPipe } from '@3ipet/common';
import { AppConfig } from '@3ipet/config';
import { AppModule } from './app.module';
import { InfrastructureOptions } from './infrastructure';
import { installHttpExtras } from './http-extras';
import { requestIdOf } from './logging';

export const OPENAPI_JSON_PATH = 'api/openapi.json';

/** Builds the fully configured api application (not yet listening); main.ts and e2e tests share it. */
export async function createApiApp(
  config: AppConfig,
  options: Partial<InfrastructureOptions> = {},
): Promise<NestFastifyApplication> {
  const adapter = new FastifyAdapter({
    bodyLimit: config.env.BODY_LIMIT_BYTES,
    genReqId: (req: IncomingMessage) => requestIdOf(req),
    trustProxy: true,
    return503OnClosing: true,
  });
  installHttpExtras(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.register(config, options), adapter, {
    bufferLogs: true,
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  app.useGlobalFilters(new ProblemFilter());
  app.useGlobalPipes(createValidationPipe());
  app.enableCors({
    origin: config.corsOrigins === '*' ? true : config.corsOrigins,
    credentials: true,
    exposedHeaders: ['x-request-id', 'etag', 'location'],
  });
  app.enableShutdownHooks();
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    yamlDocumentUrl: 'api/openapi.yaml',
  });
  await app.init();
  return app;
}

export function buildOpenApiDocument(app: NestFastifyApplication): OpenAPIObject {
  const options = new DocumentBuilder()
    .setTitle('3iPET API')
    .setDescription(
      'Matchmaking for air-quality technology: vendors list technologies, agencies post needs, curators introduce matches. ' +
        'Errors are RFC 9457 application/problem+json.',
    )
    .setVersion('1')
    .addBearerAuth()
    .build();
  return SwaggerModule.createDocument(app, options);
}
