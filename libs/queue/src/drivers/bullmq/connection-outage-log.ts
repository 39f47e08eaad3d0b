import type { Redis } from 'ioredis';

interface OutageLogger {
  error(message: string): unknown;
  log(message: string): unknown;
}

const CONNECTION_ERROR_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EHOSTUNREACH',
]);

/**
 * Tells a Redis connection's outage once and its end once. While Redis is away the client retries every couple
 * of seconds and every queue and worker on the connection re-emits each failed try: logged as they come, that
 * was a line per queue every two seconds, hiding everything else in the log.
 */
export class ConnectionOutageLog {
  private downSince: number | null = null;

  /** `consequence` tells an operator what the outage means for this connection's users. */
  constructor(
    connection: Redis,
    private readonly logger: OutageLogger,
    private readonly consequence = 'jobs wait in the outbox until it is back',
  ) {
    connection.on('error', (error: Error) => this.down(error.message));
    connection.on('ready', () => this.up());
  }

  /** Whether an error seen elsewhere (a queue, a worker) is this outage again, already told. */
  get isDown(): boolean {
    return this.downSince !== null;
  }

  /**
   * Takes an error a queue or worker saw: a connection failure is this outage (a worker's own blocking connection
   * may notice it before the shared one does), told once here. False when the caller should log it itself.
   */
  absorbs(error: Error & { code?: string }): boolean {
    if (this.isDown) return true;
    if (!CONNECTION_ERROR_CODES.has(error.code ?? '')) return false;
    this.down(error.message);
    return true;
  }

  private down(reason: string): void {
    if (this.downSince !== null) return;
    this.downSince = Date.now();
    this.logger.error(`Redis connection lost (${reason}); ${this.consequence}`);
  }

  private up(): void {
    if (this.downSince === null) return;
    const seconds = ((Date.now() - this.downSince) / 1000).toFixed(1);
    this.downSince = null;
    this.logger.log(`Redis connection back after ${seconds} s`);
  }
}
