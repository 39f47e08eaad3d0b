import { join } from 'node:path';
import { Worker } from 'node:worker_threads';

const WORKER_FILE = join(__dirname, 'embedded-database.worker.cjs');

export interface EmbeddedDatabaseOptions {
  /** A directory on disk, or `memory://`. */
  dataDir?: string;
  /** A dump (`dumpDataDir`) to start from. */
  loadDataDir?: Uint8Array;
}

export interface QueryResult<T> {
  rows: T[];
  affectedRows?: number;
}

type Compression = 'gzip' | 'none';

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

/** The reason every call fails once the thread is gone. */
export class EmbeddedDatabaseGoneError extends Error {
  constructor(cause: unknown) {
    super(`The embedded database stopped: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause,
    });
    this.name = 'EmbeddedDatabaseGoneError';
  }
}

/**
 * The embedded PostgreSQL (PGlite) running in a worker thread of its own. Out of the main thread it no longer
 * slows every request the process serves: PGlite's WASM runtime, loaded beside Fastify, cost a quarter of the
 * api's requests per second even when idle (bench/http-overhead.bench.ts); it also runs its queries on a
 * core of its own. Requests are answered in the order they are sent (PGlite is one session).
 */
export class EmbeddedDatabaseThread {
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private gone?: Error;
  private closing?: Promise<void>;

  private constructor(private readonly worker: Worker) {
    worker.on('message', (message: { id: number; result?: unknown; error?: PlainError }) => {
      const call = this.pending.get(message.id);
      if (!call) return;
      this.pending.delete(message.id);
      if (message.error) call.reject(errorFrom(message.error));
      else call.resolve(message.result);
    });
    worker.on('error', (error) => this.fail(error));
    worker.on('exit', (code) => this.fail(new Error(`its thread exited with code ${code}`)));
  }

  /** Opens the database in a new thread; resolves once it is ready, or rejects with why it could not open. */
  static async start(options: EmbeddedDatabaseOptions): Promise<EmbeddedDatabaseThread> {
    // A dump is copied, not transferred: a Buffer may share its memory with others.
    const worker = new Worker(WORKER_FILE, { workerData: options });
    let onMessage!: (message: { failed?: PlainError }) => void;
    let onError!: (error: Error) => void;
    let onExit!: (code: number) => void;
    try {
      await new Promise<void>((resolve, reject) => {
        onMessage = (message) => (message.failed ? reject(errorFrom(message.failed)) : resolve());
        onError = reject;
        onExit = (code) => reject(new Error(`The embedded database thread exited with code ${code}`));
        worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      });
    } catch (error) {
      await worker.terminate();
      throw error;
    } finally {
      // Only these: the worker's own listeners keep its message port referenced.
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    }
    return new EmbeddedDatabaseThread(worker);
  }

  get closed(): boolean {
    return this.gone !== undefined;
  }

  /** Runs PostgreSQL wire-protocol messages and returns the backend's answer, as bytes. */
  execProtocolRaw(message: Uint8Array): Promise<Uint8Array> {
    return this.call('protocol', [message]);
  }

  query<T>(sql: string, params?: unknown[]): Promise<QueryResult<T>> {
    return this.call('query', [sql, params]);
  }

  async exec(sql: string): Promise<void> {
    await this.call('exec', [sql]);
  }

  isInTransaction(): Promise<boolean> {
    return this.call('isInTransaction', []);
  }

  /** The database's files as a tarball. */
  async dumpDataDir(compression: Compression): Promise<Buffer> {
    return asBuffer(await this.call<Uint8Array>('dumpDataDir', [compression]));
  }

  /**
   * A gzipped dump taken between two statements, after a CHECKPOINT unless a transaction is open (as one
   * request to the thread, so nothing runs between the check and the copy).
   */
  async backup(): Promise<Buffer> {
    return asBuffer(await this.call<Uint8Array>('backup', []));
  }

  /** Closes the database (its files are consistent on disk) and ends the thread. */
  close(): Promise<void> {
    this.closing ??= (async () => {
      if (this.gone) return;
      try {
        await this.call('close', []);
      } finally {
        this.fail(new Error('closed'));
        await this.worker.terminate();
      }
    })();
    return this.closing;
  }

  private call<T>(op: string, args: unknown[]): Promise<T> {
    if (this.gone) return Promise.reject(new EmbeddedDatabaseGoneError(this.gone));
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, op, args });
    });
  }

  private fail(reason: Error): void {
    this.gone ??= reason;
    for (const call of this.pending.values()) call.reject(new EmbeddedDatabaseGoneError(reason));
    this.pending.clear();
  }
}

const asBuffer = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

interface PlainError {
  name: string;
  message: string;
  stack?: string;
  [field: string]: unknown;
}

function errorFrom(plain: PlainError): Error {
  const { name, message, stack, ...fields } = plain;
  const error = Object.assign(new Error(message), fields);
  error.name = name;
  if (stack) error.stack = stack;
  return error;
}
