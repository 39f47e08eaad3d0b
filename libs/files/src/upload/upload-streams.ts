import { createHash } from 'node:crypto';
import { Transform, type TransformCallback } from 'node:stream';
import { FileTooLargeProblem } from './upload-problems';

/** Bytes file-type needs to tell every accepted format apart. */
export const SNIFF_BYTES = 4100;

/**
 * Holds back the first bytes until `inspect` has judged them; if it throws, the stream fails with its error and
 * nothing of the content has reached the store's final place. Afterwards bytes pass straight through.
 */
export class ContentGate extends Transform {
  private head: Buffer[] = [];
  private headBytes = 0;
  private open = false;

  constructor(private readonly inspect: (head: Buffer) => Promise<void>) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    if (this.open) return done(null, chunk);
    this.head.push(chunk);
    this.headBytes += chunk.length;
    if (this.headBytes < SNIFF_BYTES) return done();
    this.release().then(() => done(), done);
  }

  override _flush(done: TransformCallback): void {
    if (this.open) return done();
    this.release().then(() => done(), done);
  }

  private async release(): Promise<void> {
    const head = Buffer.concat(this.head);
    this.head = [];
    await this.inspect(head);
    this.open = true;
    this.push(head);
  }
}

/** Counts and hashes what passes, and fails the stream as soon as it carries more than `maxBytes`. */
export class UploadMeter extends Transform {
  bytes = 0;
  private readonly hash = createHash('sha256');

  constructor(private readonly maxBytes: number) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytes += chunk.length;
    if (this.bytes > this.maxBytes) return done(new FileTooLargeProblem(this.maxBytes));
    this.hash.update(chunk);
    done(null, chunk);
  }

  /** The SHA-256 of everything that passed; read once, after the stream ended. */
  digest(): string {
    return this.hash.digest('hex');
  }
}
