import type { IncomingMessage } from 'node:http';
import { Writable } from 'node:stream';
import Fastify, { FastifyInstance } from 'fastify';
import pino from 'pino';
import { loadConfig } from '@3ipet/config';
import { loggerParams, requestIdOf } from './logging';
import { logRequests } from './request-log';

interface Line {
  level: number;
  msg: string;
  req?: Record<string, unknown>;
  requestId?: string;
  res?: Record<string, unknown>;
  responseTime?: number;
}

/** A Fastify app logging through the api's logger options into `lines`. */
function appLoggingTo(lines: Line[], level = 'info'): { app: FastifyInstance; logger: pino.Logger } {
  const { pinoHttp } = loggerParams(loadConfig({ LOG_LEVEL: level }));
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(chunk.toString()) as Line);
      done();
    },
  });
  const logger = pino(pinoHttp as pino.LoggerOptions, sink);
  const app = Fastify({ genReqId: (req: IncomingMessage) => requestIdOf(req) });
  logRequests(app, logger);
  app.get('/api/v1/things', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    logger.warn({ context: 'Things' }, 'listed after a pause');
    return { items: [] };
  });
  app.get('/api/v1/broken', async () => {
    throw new Error('boom');
  });
  app.get('/health/live', async () => ({ status: 'ok' }));
  return { app, logger };
}

describe('request log', () => {
  it('writes one line per request, and lines logged meanwhile carry the request', async () => {
    const lines: Line[] = [];
    const { app, logger } = appLoggingTo(lines);
    await app.inject({ url: '/api/v1/things?page=2', headers: { 'x-request-id': 'listing-1' } });
    await app.inject({ url: '/health/live', headers: { 'x-request-id': 'probe-1' } });
    logger.info('outside any request');

    expect(lines).toEqual([
      expect.objectContaining({
        level: 40,
        context: 'Things',
        msg: 'listed after a pause',
        requestId: 'listing-1',
        req: { id: 'listing-1', method: 'GET', url: '/api/v1/things?page=2' },
      }),
      expect.objectContaining({
        level: 30,
        msg: 'request completed',
        requestId: 'listing-1',
        req: { id: 'listing-1', method: 'GET', url: '/api/v1/things?page=2' },
        res: { statusCode: 200 },
        responseTime: expect.any(Number),
      }),
      expect.objectContaining({ msg: 'outside any request' }),
    ]);
    expect(lines[2]).not.toHaveProperty('requestId');
    expect(lines[1].responseTime).toBeGreaterThanOrEqual(4);
  });

  it('logs a 5xx answer at error level', async () => {
    const lines: Line[] = [];
    const { app } = appLoggingTo(lines);
    await app.inject({ url: '/api/v1/broken', headers: { 'x-request-id': 'broken-1' } });
    expect(
      lines.filter((line) => line.requestId === 'broken-1').map((line) => [line.level, line.msg]),
    ).toEqual([[50, 'request errored']]);
  });

  it('never logs request or response headers, whatever is passed as req', async () => {
    const lines: Line[] = [];
    const { logger } = appLoggingTo(lines);
    logger.info(
      { req: { id: 'x', method: 'GET', url: '/', headers: { authorization: 'Bearer secret' } } },
      'raw',
    );
    expect(lines[0].req).toEqual({ id: 'x', method: 'GET', url: '/' });
  });

  it('installs nothing when logging is silent', async () => {
    const lines: Line[] = [];
    const { app } = appLoggingTo(lines, 'silent');
    expect((await app.inject({ url: '/api/v1/things' })).statusCode).toBe(200);
    expect(lines).toEqual([]);
  });
});
