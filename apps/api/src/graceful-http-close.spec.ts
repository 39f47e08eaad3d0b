import type { IncomingMessage } from 'node:http';
import Fastify, { FastifyInstance } from 'fastify';
import { AnswerObservers, PROBLEM_CONTENT_TYPE } from '@3ipet/common';
import { loadConfig } from '@3ipet/config';
import { drainHttp, installGracefulHttpClose } from './graceful-http-close';
import { installHttpExtras } from './http-extras';
import { requestIdOf } from './logging';

/** The api's request id, headers and shutdown behaviour on a bare Fastify (no Nest, no database). */
async function appWithExtras(): Promise<FastifyInstance> {
  const app = Fastify({ genReqId: (req: IncomingMessage) => requestIdOf(req) });
  installHttpExtras(app, loadConfig({}), new AnswerObservers(app));
  installGracefulHttpClose(app);
  app.get('/api/v1/things', async () => ({ items: [] }));
  await app.ready();
  return app;
}

describe('graceful HTTP close, run by the request id / headers hooks', () => {
  it('answers normally until the drain begins, then 503 problem+json with connection: close', async () => {
    const app = await appWithExtras();
    const before = await app.inject({ method: 'GET', url: '/api/v1/things' });
    expect(before.statusCode).toBe(200);
    expect(before.headers.connection).not.toBe('close');

    await drainHttp(app); // not listening: only marks the instance as closing
    const during = await app.inject({
      method: 'GET',
      url: '/api/v1/things?page=2',
      headers: { 'x-request-id': 'closing-1' },
    });
    expect(during.statusCode).toBe(503);
    expect(during.headers['content-type']).toContain(PROBLEM_CONTENT_TYPE);
    expect(during.headers.connection).toBe('close');
    expect(during.headers['retry-after']).toBe('1');
    expect(JSON.parse(during.body)).toMatchObject({ status: 503, instance: '/api/v1/things' });
    // Still an answer of the api: its request id and security headers.
    expect(during.headers['x-request-id']).toBe('closing-1');
    expect(during.headers['x-content-type-options']).toBe('nosniff');
    await app.close();
  });

  it('keeps each instance its own closing state', async () => {
    const closing = await appWithExtras();
    const open = await appWithExtras();
    await drainHttp(closing);
    expect((await closing.inject({ method: 'GET', url: '/api/v1/things' })).statusCode).toBe(503);
    expect((await open.inject({ method: 'GET', url: '/api/v1/things' })).statusCode).toBe(200);
    await Promise.all([closing.close(), open.close()]);
  });
});
