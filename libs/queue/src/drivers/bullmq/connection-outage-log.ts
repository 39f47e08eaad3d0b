import type { Redis } from 'ioredis';

interface OutageLogger {
  error(message: string): unknown;
  log(message: string): unknown;
}

/**
 * Tells a Redis connection's outage once and its end once. While Redis is away the client retries every couple
 * of seconds and every queue and worker on the connection re-emits each failed try: logged as they come, that
 * was a line per queue every two seconds, hiding everything else in the log.
 */
export class ConnectionOutageLog {
  private downSince: number | null = null;

  constructor(
    connection: Redis,
    private readonly logger: OutageLogger,
  ) {
    connection.on('error', (error: Error) => this.down(error.message));
    connection.on('ready', () => this.up());
  }

  /** Whether an error seen elsewhere (a queue, a worker) is this outage again, already told. */
  get isDown(): boolean {
    return this.downSince !== null;
  }

  private down(reason: string): void {
    if (this.downSince !== null) return;
    this.downSince = Date.now();
    this.logger.error(`Redis connection lost (${reason}); jobs wait in the outbox until it is back`);
  }

  private up(): void {
    if (this.downSince === null) return;
    const seconds = ((Date.now() - this.downSince) / 1000).toFixed(1);
    this.downSince = null;
    this.logger.log(`Redis connection back after ${seconds} s`);
  }
}
