import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { OutboxRelay } from '@3ipet/database';
import { JobQueue, Processor } from '@3ipet/queue';
import { ExpireListingsJob } from './expire-listings.job';
import { ListingExpiryService } from './listing-expiry.service';

/** Every minute on the minute: a listing is expired within a minute of its time. */
export const LISTING_EXPIRY_SCHEDULE = { everyMs: 60_000 };

/**
 * Schedules the expiry run in each process that runs jobs (the worker, or the api that runs them); the queue
 * makes it one run per minute however many of them there are.
 */
@Injectable()
export class ExpiryScheduler implements OnApplicationBootstrap {
  private readonly logger = new Logger(ExpiryScheduler.name);

  constructor(
    private readonly queue: JobQueue,
    private readonly relay: OutboxRelay,
    private readonly expiry: ListingExpiryService,
  ) {}

  /** Not awaited: a queue outage must not hold the boot; the schedule is set once the queue answers. */
  onApplicationBootstrap(): void {
    // `autoStart` is set exactly when this process runs jobs (DatabaseModule's runOutboxRelay).
    if (!this.relay.autoStart) return;
    this.queue
      .schedule('catalog-expire-listings', new ExpireListingsJob(), LISTING_EXPIRY_SCHEDULE)
      .catch((error: unknown) =>
        this.logger.error({ err: error }, 'Could not schedule the listing expiry run'),
      );
  }

  @Processor(ExpireListingsJob)
  async run(): Promise<void> {
    await this.expiry.expireDue();
  }
}
