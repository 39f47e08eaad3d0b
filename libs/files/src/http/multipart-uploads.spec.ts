import fastifyMultipart from '@fastify/multipart';
import Fastify, { type FastifyInstance } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@3ipet/config';
import { registerMultipartUploads } from './multipart-uploads';

const BOUNDARY = 'multipart-uploads-spec';

/** The two calls registerMultipartUploads makes on Nest's application, straight to Fastify. */
const nestAppOf = (fastify: FastifyInstance) =>
  ({
    getHttpAdapter: () => ({ getInstance: () => fastify }),
    register: (plugin: never, options: never) => fastify.register(plugin, options),
  }) as unknown as NestFastifyApplication;

/** How many `close` listeners the raw response of an ordinary request carries when its handler runs. */
function serveCloseListenerCount(fastify: FastifyInstance): void {
  fastify.get('/listeners', (_request, reply) => ({ close: reply.raw.listenerCount('close') }));
}

async function closeListenersOf(fastify: FastifyInstance): Promise<number> {
  return (await fastify.inject({ url: '/listeners' })).json<{ close: number }>().close;
}

describe('registerMultipartUploads', () => {
  const config = loadConfig({ NODE_ENV: 'test', JWT_SECRET: 'multipart-uploads-spec-secret-0123456789' });
  let bare: FastifyInstance;
  let pluginAsShipped: FastifyInstance;
  let withUploads: FastifyInstance;

  beforeAll(async () => {
    bare = Fastify();
    serveCloseListenerCount(bare);
    pluginAsShipped = Fastify();
    await pluginAsShipped.register(fastifyMultipart);
    serveCloseListenerCount(pluginAsShipped);
    withUploads = Fastify();
    await registerMultipartUploads(nestAppOf(withUploads), config);
    serveCloseListenerCount(withUploads);
    withUploads.post('/upload', async (request) => {
      const part = await request.file();
      let bytes = 0;
      for await (const chunk of part!.file) bytes += (chunk as Buffer).length;
      return { field: part!.fieldname, name: part!.filename, bytes };
    });
  });
  afterAll(async () => {
    await bare.close();
    await pluginAsShipped.close();
    await withUploads.close();
  });

  it('adds nothing to an ordinary request (no temp-file cleanup hooks), and leaves addHook as it was', async () => {
    // The plugin as shipped watches every response for a premature close.
    expect(await closeListenersOf(pluginAsShipped)).toBe((await closeListenersOf(bare)) + 1);
    expect(await closeListenersOf(withUploads)).toBe(await closeListenersOf(bare));
    expect(String(withUploads.addHook)).toBe(String(bare.addHook));
  });

  it('still streams an uploaded file, its name kept as sent', async () => {
    const content = Buffer.alloc(70_000, 7);
    const payload = Buffer.concat([
      Buffer.from(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="dir/report.pdf"\r\n` +
          'Content-Type: application/pdf\r\n\r\n',
      ),
      content,
      Buffer.from(`\r\n--${BOUNDARY}--\r\n`),
    ]);
    const response = await withUploads.inject({
      method: 'POST',
      url: '/upload',
      payload,
      headers: { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` },
    });
    expect(response.json()).toEqual({ field: 'file', name: 'dir/report.pdf', bytes: content.length });
  });
});
