import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import type { AnswerObservers } from '@3ipet/common';

/** The request being handled, for the lines logged meanwhile (the `req` serializer keeps id, method and url). */
const currentRequest = new AsyncLocalStorage<FastifyRequest>();

/** pino `mixin`: a line logged while a request is handled carries its `req` and `requestId`. */
export function requestLogFields(): object {
  const request = currentRequest.getStore();
  return request === undefined ? {} : { req: request, requestId: request.id };
}

/** Orchestrators poll these often; they are not logged. */
const isProbe = (request: FastifyRequest) => request.url.startsWith('/health');

/**
 * One line per answered request ("request completed", or "request errored" at error level for a 5xx) with
 * its id, method, url, status and time in ms, told by `answers` (no onResponse hook), and a callback hook that
 * makes the request current for the lines logged while it is handled. No child logger or serialized response
 * per request: the request is only looked up when a line is actually written. Nothing is installed when
 * `logger` is silent.
 */
export function logRequests(fastify: FastifyInstance, logger: Logger, answers: AnswerObservers): void {
  if (!logger.isLevelEnabled('error')) return;
  fastify.addHook('onRequest', (request, _reply, done) => {
    if (isProbe(request)) return done();
    currentRequest.run(request, done);
  });
  answers.add((request, reply, seconds) => {
    if (isProbe(request)) return;
    const line = {
      req: request,
      requestId: request.id,
      res: { statusCode: reply.statusCode },
      responseTime: Math.round(seconds * 1000),
    };
    if (reply.statusCode >= 500) logger.error(line, 'request errored');
    else logger.info(line, 'request completed');
  });
}
