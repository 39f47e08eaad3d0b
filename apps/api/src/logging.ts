import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { stdSerializers } from 'pino';
import { Params } from 'nestjs-pino';
import { AppConfig } from '@3ipet/config';
import { requestLogFields } from './request-log';

export const REQUEST_ID_HEADER = 'x-request-id';
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Made request ids are 96 random bits in hex, cut from a string of 256 of them drawn at once: one draw and one
 * slice instead of a UUID's draw and formatting on every request. Random, unlike a counter, they say nothing of
 * how many requests the server answers. They correlate log lines; they are not secrets.
 */
const ID_HEX_LENGTH = 24;
const IDS_PER_DRAW = 256;
const madeIds = { pool: '', next: 0 };

function madeRequestId(): string {
  if (madeIds.next === madeIds.pool.length) {
    madeIds.pool = randomBytes((ID_HEX_LENGTH / 2) * IDS_PER_DRAW).toString('hex');
    madeIds.next = 0;
  }
  const id = madeIds.pool.slice(madeIds.next, madeIds.next + ID_HEX_LENGTH);
  madeIds.next += ID_HEX_LENGTH;
  return id;
}

/** Keeps a caller's request id when it is sane, otherwise makes one (Fastify keeps it as `request.id`). */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers[REQUEST_ID_HEADER];
  return typeof given === 'string' && VALID_REQUEST_ID.test(given) ? given : madeRequestId();
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
