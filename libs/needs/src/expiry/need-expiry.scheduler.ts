import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { OutboxRelay } from '@3ipet/database';
import { JobQueue } from '@3ipet/queue';
import { ExpireOverdueNeedsJob } from './expire-overdue-needs.job';

/** Every minute on the minute: a need is closed within a minute of its deadline. */
export const NEED_EXPIRY_SCHEDULE = { everyMs: 60_000 };

/**
 * Schedules the expiry run in each process that runs jobs (the worker, or the api that runs them); the queue
 * makes it one run per minute however many of them there are.
 */
@Injectable()
export class NeedExpiryScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(NeedExpiryScheduler.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly relay: OutboxRelay,
  ) {}

  /** Not awaited: a queue outage must not hold the boot; the schedule is set once the queue answers. */
  onApplicationBootstrap(): void {
    // `autoStart` is set exactly when this process runs jobs (DatabaseModule's runOutboxRelay).
    if (!this.relay.autoStart) return;
    this.queue
      .schedule('needs-expire-overdue', new ExpireOverdueNeedsJob(), NEED_EXPIRY_SCHEDULE)
      .catch((error: unknown) => this.logger.error({ err: error }, 'Could not schedule the need expiry run'));
  }
}
