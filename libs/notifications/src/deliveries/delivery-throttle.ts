import { Injectable } from '@nestjs/common';
import { HostRateLimiter } from '../channels/webhook/host-rate-limiter';
import type { DeliveryWork } from './delivery-work';

/**
 * A job sleeps through short waits for its host's bucket; past this much waiting it gives its worker slot
 * back.
 */
const LONGEST_WAIT_IN_JOB_MS = 1000;

@Injectable()
export class DeliveryThrottle {
  constructor(private readonly limiter: HostRateLimiter) {}

  /**
   * 0 when the delivery may go now; otherwise how long to put it off. Many deliveries to one slow host would
   * otherwise hold every worker slot while they wait their turn, and deliveries to other hosts behind them.
   */
  async delayBefore(work: DeliveryWork): Promise<number> {
    if (work.channel !== 'webhook' || !work.webhook) return 0;
    const host = new URL(work.webhook.url).host.toLowerCase();
    let waitedMs = 0;
    for (;;) {
      const waitMs = await this.limiter.take(host);
      if (waitMs === 0) return 0;
      // Jitter: deliveries put off together must not all come back at the same moment.
      if (waitedMs + waitMs > LONGEST_WAIT_IN_JOB_MS)
        return waitMs + Math.round(Math.random() * LONGEST_WAIT_IN_JOB_MS);
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      waitedMs += waitMs;
    }
  }
}
