import { existsSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { join, resolve } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SwaggerModule } from '@nestjs/swagger';
import { Logger, PinoLogger } from 'nestjs-pino';
import { AnswerObservers, ProblemFilter, createValidationPipe } from '@3ipet/common';
import { AppConfig } from '@3ipet/config';
import { registerMultipartUploads } from '@3ipet/files';
import { serveLiveness } from '@3ipet/health';
import { Metrics, httpMetricsObserver, serveMetrics } from '@3ipet/metrics';
import { mountQueueDashboard } from '@3ipet/notifications';
import { AppModule } from './app.module';
import { InfrastructureOptions } from './infrastructure';
import { problemClientErrorHandler } from './client-errors';
import { installGracefulHttpClose } from './graceful-http-close';
import { installHttpExtras } from './http-extras';
import { LeanFastifyAdapter } from './lean-fastify-adapter';
import { depthLimitedJsonParser } from './json-depth';
import { buildOpenApiDocument } from './openapi-document';
import { requestIdOf } from './logging';
import { logRequests } from './request-log';
import { PageHeads } from './page-heads/page-heads';
import { PublicRecords } from './page-heads/public-records';
import { webPageAnswerer } from './page-heads/web-pages';
import { serveSiteFiles } from './site-files';

export { buildOpenApiDocument };

export const OPENAPI_JSON_PATH = 'api/openapi.json';

/** Where `npm run build:web` puts the web UI, seen from the compiled api (dist/apps/api/src → dist/web). */
const BUILT_WEB_ROOT = resolve(__dirname, '../../../web');

export interface ApiAppOptions extends Partial<InfrastructureOptions> {
  /** The built web UI served at `/` (default: dist/web when it was built); `false` serves none. */
  webRoot?: string | false;
}

/** Builds the fully configured api application (not yet listening); main.ts and e2e tests share it. */
export async function createApiApp(
  config: AppConfig,
  options: ApiAppOptions = {},
): Promise<NestFastifyApplication> {
  const { webRoot = BUILT_WEB_ROOT, ...infra } = options;
  const metrics = infra.metrics ?? new Metrics();
  const adapter = new LeanFastifyAdapter({
    bodyLimit: config.env.BODY_LIMIT_BYTES,
    genReqId: (req: IncomingMessage) => requestIdOf(req),
    trustProxy: (_address: string, hop: number) => hop < config.env.TRUST_PROXY_HOPS,
    // Ours answers problem+json instead (graceful-http-close.ts).
    return503OnClosing: false,
    clientErrorHandler: problemClientErrorHandler,
    // No Nest middleware is mounted (requests are logged by Fastify hooks, see logging.ts): without middie, no
    // request pays for a middleware engine with nothing to run.
    skipMiddie: true,
  });
  const answers = new AnswerObservers(adapter.getInstance());
  installHttpExtras(adapter.getInstance(), config, answers);
  answers.add(httpMetricsObserver(metrics));
  installGracefulHttpClose(adapter.getInstance());
  serveLiveness(adapter.getInstance());
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.register(config, { ...infra, metrics }),
    adapter,
    {
      bufferLogs: true,
      abortOnError: false,
    },
  );
  app.useLogger(app.get(Logger));
  logRequests(adapter.getInstance(), PinoLogger.root, answers);
  app.useBodyParser(
    'application/json',
    { bodyLimit: config.env.BODY_LIMIT_BYTES },
    depthLimitedJsonParser(adapter.getInstance(), config.env.JSON_MAX_DEPTH),
  );
  await registerMultipartUploads(app, config);
  serveMetrics(adapter.getInstance(), metrics, config);
  app.useGlobalFilters(new ProblemFilter());
  app.useGlobalPipes(createValidationPipe());
  // After the security headers (installHttpExtras): the web UI's pages are answered from an onRequest hook.
  if (webRoot && existsSync(join(webRoot, 'index.html'))) {
    const records = PublicRecords.of(app);
    const heads = new PageHeads(records, config.env.PUBLIC_URL);
    await serveWebApp(adapter.getInstance(), webRoot, webPageAnswerer(webRoot, heads));
    serveSiteFiles(adapter.getInstance(), records, config.env.PUBLIC_URL);
  }
  SwaggerModule.setup('api/docs', app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: OPENAPI_JSON_PATH,
    yamlDocumentUrl: 'api/openapi.yaml',
  });
  await mountQueueDashboard(app);
  await app.init();
  return app;
}

/**
 * The single-page web UI: its files as they were at boot (no wildcard route, so unknown paths and wrong methods
 * still get the api's 404/405 problems), and index.html for any other page a browser asks for by URL.
 */
async function serveWebApp(
  fastify: FastifyInstance,
  webRoot: string,
  answerPage: ReturnType<typeof webPageAnswerer>,
): Promise<void> {
  // Awaited: loaded now, not while the modules' first-start work (migrations, seeding) holds the thread.
  await fastify.register(fastifyStatic, {
    root: webRoot,
    prefix: '/',
    wildcard: false,
    // `/` is a page like the others: answered with its head by the hook below, not as the bare index.html.
    index: false,
    // The build writes .br/.gz beside each asset (apps/web/precompress.ts): sent with Content-Encoding and
    // `Vary: accept-encoding` to browsers that accept them, never routed as files of their own.
    preCompressed: true,
    globIgnore: ['**/*.br', '**/*.gz'],
    setHeaders: (reply, path) => {
      // Vite puts a content hash in every asset name; index.html must be revalidated to pick up a new build.
      const immutable = path.startsWith(join(webRoot, 'assets'));
      reply.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  // A callback hook that looks at is404 first: it runs on every request, and only unmatched ones can be pages.
  fastify.addHook('onRequest', (request, reply, done) => {
    const isPageRequest =
      request.is404 &&
      (request.method === 'GET' || request.method === 'HEAD') &&
      !/^\/(api|health)(\/|$|\?)/.test(request.url) &&
      (request.headers.accept ?? '').includes('text/html');
    if (!isPageRequest) return done();
    // Unknown paths and records get the app too (it shows its "not found" page), but answered 404.
    answerPage(request, reply).catch((error: unknown) => reply.send(error));
  });
}
