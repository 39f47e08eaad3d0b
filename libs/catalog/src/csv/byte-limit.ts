import { Transform, TransformCallback } from 'node:stream';
import { Problem } from '@3ipet/common';

/** Passes bytes through until `maxBytes`, then fails the stream with a 413 problem. */
export function byteLimit(maxBytes: number): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      seen += chunk.length;
      if (seen > maxBytes) {
        done(
          new Problem(
            413,
            'payload-too-large',
            'Payload too large',
            `A CSV import may be at most ${maxBytes} bytes.`,
          ),
        );
        return;
      }
      done(null, chunk);
    },
  });
}
