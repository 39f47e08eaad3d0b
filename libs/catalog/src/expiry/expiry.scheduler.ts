import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { JobQueue, Processor } from '@3ipet/queue';
import { ExpireListingsJob } from './expire-listings.job';
import { ListingExpiryService } from './listing-expiry.service';

const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * Asks for an expiry run every hour. The job id names the hour, so every process may ask and the
 * queue still runs it once per hour; the worker (or the embedded api) does the work.
 */
@Injectable()
export class ExpiryScheduler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ExpiryScheduler.name);
  private timer?: NodeJS.Timeout;

  constructor(
    private readonly queue: JobQueue,
    private readonly expiry: ListingExpiryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.requestRun();
    this.timer = setInterval(() => void this.requestRun(), CHECK_EVERY_MS);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  @Processor(ExpireListingsJob)
  async run(): Promise<void> {
    await this.expiry.expireDue();
  }

  /** A queue outage must not stop the api from booting; the next hour asks again. */
  private async requestRun(): Promise<void> {
    const hour = new Date().toISOString().slice(0, 13).replace(/\D/g, '');
    try {
      await this.queue.add(new ExpireListingsJob(), { jobId: `catalog-expire-${hour}` });
    } catch (error) {
      this.logger.error({ err: error }, 'Could not schedule the listing expiry run; retrying next hour');
    }
  }
}
