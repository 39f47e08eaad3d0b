import { EventEmitter } from 'node:events';
import { serialize } from 'pg-protocol';
import type { BackendMessage } from 'pg-protocol/dist/messages';
import { Parser } from 'pg-protocol/dist/parser';
import type { EmbeddedDatabaseThread } from './embedded-database-thread';

type Serialize = typeof serialize;

/**
 * What node-postgres's Client takes as its `connection`: the wire protocol spoken to the embedded database
 * thread instead of a socket (as PGlite's own node-postgres shim does in-process). There is no startup or
 * authentication: the thread's database is ready when `connect` is called.
 *
 * Messages the client sends in one go (a parameterised query is parse, bind, describe, execute and sync) travel
 * to the thread as one request, and the next batch leaves only once the answer to the previous one is in, so
 * answers come back in order.
 */
export class ThreadPgConnection extends EventEmitter {
  _connecting = false;
  readonly stream = { destroy: () => this.end() };
  parsedStatements: Record<string, string> = {};
  submittedNamedStatements: Record<string, string> = {};
  private readonly parser = new Parser();
  private chain: Promise<void> = Promise.resolve();
  private batch: Buffer[] | undefined;
  private messageListeners = false;

  constructor(private readonly database: EmbeddedDatabaseThread) {
    super();
    this.on('newListener', (event) => {
      if (event === 'message') this.messageListeners = true;
    });
  }

  connect(): void {
    this._connecting = true;
    process.nextTick(() => this.emit('readyForQuery'));
  }

  requestSsl(): void {}
  startup(): void {}
  cancel(): void {}
  password(): void {}
  ref(): void {}
  unref(): void {}

  sendSASLInitialResponseMessage(...args: Parameters<Serialize['sendSASLInitialResponseMessage']>): void {
    this.send(serialize.sendSASLInitialResponseMessage(...args));
  }
  sendSCRAMClientFinalMessage(...args: Parameters<Serialize['sendSCRAMClientFinalMessage']>): void {
    this.send(serialize.sendSCRAMClientFinalMessage(...args));
  }
  query(text: string): void {
    this.send(serialize.query(text));
  }
  parse(query: Parameters<Serialize['parse']>[0]): void {
    this.send(serialize.parse(query));
  }
  bind(config: Parameters<Serialize['bind']>[0]): void {
    this.send(serialize.bind(config));
  }
  execute(config: Parameters<Serialize['execute']>[0]): void {
    this.send(serialize.execute(config));
  }
  describe(message: Parameters<Serialize['describe']>[0]): void {
    this.send(serialize.describe(message));
  }
  close(message: Parameters<Serialize['close']>[0]): void {
    this.send(serialize.close(message));
  }
  flush(): void {
    this.send(serialize.flush());
  }
  sync(): void {
    this.send(serialize.sync());
  }
  sendCopyFromChunk(chunk: Buffer): void {
    this.send(serialize.copyData(chunk));
  }
  endCopyFrom(): void {
    this.send(serialize.copyDone());
  }
  sendCopyFail(message: string): void {
    this.send(serialize.copyFail(message));
  }

  end(): void {
    this.chain = this.chain.then(() => {
      this.emit('end');
    });
    for (const event of this.eventNames()) if (event !== 'newListener') this.removeAllListeners(event);
    this.messageListeners = false;
  }

  private send(bytes: Buffer): void {
    if (this.batch) {
      this.batch.push(bytes);
      return;
    }
    const batch = (this.batch = [bytes]);
    this.chain = this.chain
      .then(() => {
        // Whatever was sent while the previous batch was out goes with this one.
        this.batch = undefined;
        return this.database.execProtocolRaw(Buffer.concat(batch));
      })
      .then((answer) => {
        this.parser.parse(Buffer.from(answer.buffer, answer.byteOffset, answer.byteLength), (message) =>
          this.deliver(message),
        );
      })
      .catch((error: unknown) => {
        this.emit('error', error);
      });
  }

  private deliver(message: BackendMessage): void {
    if (this.messageListeners) this.emit('message', message);
    this.emit(message.name === 'error' ? 'errorMessage' : message.name, message);
  }
}
