import fastifyMultipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@3ipet/config';

/**
 * The request hooks @fastify/multipart adds for every request of the app, multipart or not: they only delete
 * the temporary files of `saveRequestFiles()` (on the answer, or when the client goes away first). Uploads here
 * are streamed with `request.file()` and never saved to temporary files, so there is nothing for them to delete,
 * and the two async hooks cost every answer a promise, a microtask and a `close` listener (about 8% of the
 * requests per second of a trivial route, bench/http-overhead.bench.ts).
 */
const TEMP_FILE_CLEANUP_HOOKS: ReadonlySet<string> = new Set(['onRequest', 'onResponse']);

/**
 * Teaches the api multipart/form-data for the upload route. Only a content-type parser and request decorators
 * are added (JSON keeps its own parser, the security hooks run as before; its temp-file hooks are left out, see
 * above, so `saveRequestFiles()` must not be used); bodies are left as streams that only the upload reads, and
 * the limits stop a request from smuggling more than one file or any extra part.
 */
export async function registerMultipartUploads(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  const addHook = fastify.addHook;
  // The plugin is not encapsulated (fastify-plugin): it receives this very instance and adds its hooks here.
  fastify.addHook = function (this: FastifyInstance, name: string, ...rest: unknown[]) {
    if (TEMP_FILE_CLEANUP_HOOKS.has(name)) return this;
    return (addHook as (...args: unknown[]) => FastifyInstance).call(this, name, ...rest);
  } as FastifyInstance['addHook'];
  try {
    await app.register(fastifyMultipart, {
      // The client's file name as sent, so a name with a path is refused rather than silently cut to its last part.
      preservePath: true,
      limits: { fileSize: config.env.FILE_MAX_BYTES + 1, files: 1, fields: 0, parts: 1, headerPairs: 50 },
    });
  } finally {
    fastify.addHook = addHook;
  }
}
