import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { OutboxRelay } from '@3ipet/database';
import { JobQueue } from '@3ipet/queue';
import { ExpireOverdueNeedsJob } from './expire-overdue-needs.job';

export const NEED_EXPIRY_CHECK_EVERY_MS = 15 * 60 * 1000;

/**
 * Asks for an expiry run at boot and every quarter hour, only in a process that runs jobs (the worker,
 * or the api in embedded mode), the same processes that run the outbox relay. The job id names the
 * quarter hour, so several workers asking at once still make one run per slot.
 */
@Injectable()
export class NeedExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(NeedExpiryScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly queue: JobQueue,
    private readonly relay: OutboxRelay,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // `autoStart` is set exactly when this process processes jobs (DatabaseModule's runOutboxRelay).
    if (!this.relay.autoStart) return;
    await this.requestRun();
    this.timer = setInterval(() => void this.requestRun(), NEED_EXPIRY_CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** A queue outage must not stop the process; the next slot asks again. */
  async requestRun(now: Date = new Date()): Promise<void> {
    const slot = Math.floor(now.getTime() / NEED_EXPIRY_CHECK_EVERY_MS);
    try {
      await this.queue.add(new ExpireOverdueNeedsJob(), { jobId: `needs-expire-${slot}` });
    } catch (error) {
      this.logger.error({ err: error }, 'Could not schedule the need expiry run; retrying next slot');
    }
  }
}
