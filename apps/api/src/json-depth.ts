import type { FastifyBodyParser, FastifyInstance } from 'fastify';
import { ValidationProblem } from '@3ipet/common';

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * How deep the objects and arrays of a JSON text nest, counted without parsing it: one pass over the bytes,
 * constant stack, and it stops as soon as `limit` is passed. Brackets inside strings do not count. The bytes
 * it looks at are ASCII, which never occur inside a multi-byte UTF-8 sequence, so the raw buffer is enough.
 */
export function exceedsJsonDepth(body: Buffer, limit: number): boolean {
  let depth = 0;
  for (let index = 0; index < body.length; index += 1) {
    const byte = body[index];
    if (byte === QUOTE) {
      index = closingQuoteOf(body, index);
    } else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) {
      depth += 1;
      if (depth > limit) return true;
    } else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return false;
}

/** Where the string opened at `start` ends (a quote after an even run of backslashes), or the end of the body. */
function closingQuoteOf(body: Buffer, start: number): number {
  let quote = body.indexOf(QUOTE, start + 1);
  while (quote !== -1) {
    let backslashes = 0;
    while (body[quote - 1 - backslashes] === BACKSLASH) backslashes += 1;
    if (backslashes % 2 === 0) return quote;
    quote = body.indexOf(QUOTE, quote + 1);
  }
  return body.length;
}

export class JsonTooDeepProblem extends ValidationProblem {
  constructor(limit: number) {
    super(
      [
        {
          field: 'body',
          rule: 'maxDepth',
          message: `JSON objects and arrays may nest at most ${limit} levels deep (JSON_MAX_DEPTH)`,
        },
      ],
      `The request body nests deeper than ${limit} levels.`,
    );
  }
}

/**
 * Fastify's JSON parser (secure-json-parse, refusing `__proto__` and `constructor.prototype`), behind a depth check:
 * a body nested thousands of levels deep would otherwise overflow the stack of every recursive step after
 * parsing (class-transformer, class-validator) or hold the event loop for seconds.
 */
export function depthLimitedJsonParser(
  fastify: FastifyInstance,
  maxDepth: number,
): FastifyBodyParser<Buffer> {
  const { onProtoPoisoning, onConstructorPoisoning } = fastify.initialConfig as {
    onProtoPoisoning?: 'error' | 'remove' | 'ignore';
    onConstructorPoisoning?: 'error' | 'remove' | 'ignore';
  };
  const parseJson = fastify.getDefaultJsonParser(
    onProtoPoisoning ?? 'error',
    onConstructorPoisoning ?? 'error',
  );
  return (request, body, done) => {
    if (exceedsJsonDepth(body, maxDepth)) {
      done(new JsonTooDeepProblem(maxDepth), undefined);
      return;
    }
    parseJson(request, body.toString('utf8'), done);
  };
}
