import type { IncomingMessage } from 'node:http';
import { PassThrough, Writable } from 'node:stream';
import Fastify, { FastifyInstance } from 'fastify';
import pino from 'pino';
import { AnswerObservers } from '@3ipet/common';
import { loadConfig } from '@3ipet/config';
import { installHttpExtras } from './http-extras';
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
  const config = loadConfig({ LOG_LEVEL: level });
  const app = Fastify({ genReqId: (req: IncomingMessage) => requestIdOf(req) });
  const answers = new AnswerObservers(app);
  installHttpExtras(app, config, answers);
  logRequests(app, logger, answers);
  app.get('/api/v1/things', async () => {
    await new Promise((resolve) => setTimeout(resolve, 5));
    logger.warn({ context: 'Things' }, 'listed after a pause');
    return { items: [] };
  });
  app.get('/api/v1/broken', async () => {
    throw new Error('boom');
  });
  app.get('/health/live', async () => ({ status: 'ok' }));
  app.get('/api/v1/export', async (_request, reply) => {
    // A streamed answer: its line is written once the last chunk went out, 30 ms after the handler returned.
    const body = new PassThrough();
    body.write('first,');
    setTimeout(() => body.end('last'), 30);
    return reply.type('text/csv').send(body);
  });
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

  it('logs a streamed answer when its last byte is written, with its whole time', async () => {
    const lines: Line[] = [];
    const { app } = appLoggingTo(lines);
    const answer = await app.inject({ url: '/api/v1/export', headers: { 'x-request-id': 'export-1' } });
    expect(answer.body).toBe('first,last');
    const line = lines.find((l) => l.requestId === 'export-1' && l.msg === 'request completed');
    expect(line).toMatchObject({ res: { statusCode: 200 } });
    expect(line!.responseTime).toBeGreaterThanOrEqual(25);
  });

  it('logs a 405 with its final status, and through no onResponse hook', async () => {
    const lines: Line[] = [];
    const { app } = appLoggingTo(lines);
    const answer = await app.inject({
      method: 'DELETE',
      url: '/api/v1/things',
      headers: { 'x-request-id': 'd-1' },
    });
    expect(answer.statusCode).toBe(405);
    expect(lines.find((l) => l.requestId === 'd-1')).toMatchObject({ res: { statusCode: 405 } });
    // Any onResponse hook would make Fastify put response listeners on every request (answer-observers.ts).
    expect(app.printRoutes({ includeHooks: true, commonPrefix: false })).not.toContain('onResponse');
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
