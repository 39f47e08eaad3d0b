import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { RequestMethod } from '@nestjs/common';
import { Params } from 'nestjs-pino';
import { AppConfig } from '@3ipet/config';

export const REQUEST_ID_HEADER = 'x-request-id';
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/** Keeps a caller's request id when it is sane, otherwise makes one; stored on the raw request header. */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  const id = typeof given === 'string' && VALID_REQUEST_ID.test(given) ? given : randomUUID();
  req.headers[REQUEST_ID_HEADER] = id;
  return id;
}

export function loggerParams(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.env.LOG_LEVEL,
      genReqId: (req) => requestIdOf(req),
      customProps: (req) => ({ requestId: req.id }),
      redact: ['req.headers.authorization', 'req.headers.cookie', 'res.headers["set-cookie"]'],
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
      },
      autoLogging: { ignore: (req) => req.url?.startsWith('/health') ?? false },
    },
    // nestjs-pino's default route pattern (`{/*splat}`) matches nothing on Nest 12 with Fastify: no request
    // was logged. Probes are never logged, so they skip the request logger and its per-request child logger.
    forRoutes: [{ path: '*path', method: RequestMethod.ALL }],
    exclude: [{ path: 'health/*path', method: RequestMethod.ALL }],
  };
}
