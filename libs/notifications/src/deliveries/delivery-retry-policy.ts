import { Injectable } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';
import { exponentialBackoffMs } from '@3ipet/queue';

/** How often and how far apart a delivery is tried: BullMQ's exponential backoff with jitter, from config. */
@Injectable()
export class DeliveryRetryPolicy {
  readonly maxAttempts: number;
  private readonly baseDelayMs: number;

  constructor(config: AppConfig) {
    this.maxAttempts = config.env.NOTIFICATION_MAX_ATTEMPTS;
    this.baseDelayMs = config.env.NOTIFICATION_RETRY_BASE_MS;
  }

  /** Wait after the `attempt`-th failed try (1-based). */
  delayAfter(attempt: number): number {
    return exponentialBackoffMs(this.baseDelayMs, attempt);
  }
}
