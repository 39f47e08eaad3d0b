import fastifyMultipart from '@fastify/multipart';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@3ipet/config';

/**
 * Teaches the api multipart/form-data for the upload route. Only a content-type parser and request decorators
 * are added (JSON keeps its own parser, the security hooks run as before); bodies are left as streams that only the
 * upload reads, and the limits stop a request from smuggling more than one file or any extra part.
 */
export async function registerMultipartUploads(
  app: NestFastifyApplication,
  config: AppConfig,
): Promise<void> {
  await app.register(fastifyMultipart, {
    // The client's file name as sent, so a name with a path is refused rather than silently cut to its last part.
    preservePath: true,
    limits: { fileSize: config.env.FILE_MAX_BYTES + 1, files: 1, fields: 0, parts: 1, headerPairs: 50 },
  });
}
