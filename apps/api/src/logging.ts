import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { stdSerializers } from 'pino';
import { Params } from 'nestjs-pino';
import { AppConfig } from '@3ipet/config';
import { requestLogFields } from './request-log';

export const REQUEST_ID_HEADER = 'x-request-id';
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Made request ids: this process's random prefix and a counter, like Fastify's own and hyperid's. Unique across
 * processes and restarts without drawing 16 random bytes and formatting a UUID for every request (a quarter of a
 * microsecond, on every answer). They correlate log lines; they are not secrets.
 */
const madeIds = { prefix: randomUUID().slice(0, 14), count: 0 };

/** Keeps a caller's request id when it is sane, otherwise makes one (Fastify keeps it as `request.id`). */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  if (typeof given === 'string' && VALID_REQUEST_ID.test(given)) return given;
  return madeIds.prefix + (++madeIds.count).toString(36);
}

export function loggerParams(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.env.LOG_LEVEL,
      // Lines logged while a request is handled carry its `req` and `requestId` (request-log.ts).
      mixin: requestLogFields,
      // Serializers as given, not wrapped by pino-http's (which expect raw Node requests and responses): a
      // `req` is only ever logged as its id, method and url, whatever object is passed, so no header leaks.
      wrapSerializers: false,
      serializers: {
        err: stdSerializers.err,
        req: (req: { id: string; method: string; url: string }) => ({
          id: req.id,
          method: req.method,
          url: req.url,
        }),
      },
    },
    // Requests are logged by Fastify hooks (request-log.ts), not by the module's middleware: mounted on no
    // route, it leaves Nest no middleware at all to run (the adapter skips middie).
    forRoutes: [],
  };
}
