import { Injectable, Logger } from '@nestjs/common';
import { Metrics } from '@3ipet/metrics';
import { EmailSender } from '../channels/email/email-sender';
import { WebhookSender } from '../channels/webhook/webhook-sender';
import { DeliveryLedger } from './delivery-ledger';
import { DeliveryRetryPolicy } from './delivery-retry-policy';
import { DeliveryScheduler } from './delivery-scheduler';
import { DeliveryThrottle } from './delivery-throttle';
import { type ChannelSender, type DeliveryWork, UndeliverableError } from './delivery-work';

/**
 * How long a claim keeps other jobs away. Longer than any one attempt can take (each network wait is
 * bounded), so only a job whose process died leaves a claim behind; its own re-run takes it back at once.
 */
export const CLAIM_LEASE_MS = 120_000;

/**
 * One try of one delivery: claim it (which also reads it), send it, record the outcome, schedule the next
 * try. The claim is the only thing between two jobs of one delivery, so a sent delivery is never sent again
 * by a second job; a crash between "sent" and recording it is the one window in which a receiver can see a
 * message twice (and the delivery id it carries lets it drop the copy).
 */
@Injectable()
export class DeliveryAttempts {
  private readonly logger = new Logger(DeliveryAttempts.name);

  constructor(
    private readonly ledger: DeliveryLedger,
    private readonly throttle: DeliveryThrottle,
    private readonly scheduler: DeliveryScheduler,
    private readonly policy: DeliveryRetryPolicy,
    private readonly email: EmailSender,
    private readonly webhook: WebhookSender,
    private readonly metrics: Metrics,
  ) {}

  async run(deliveryId: string, jobId: string): Promise<void> {
    const work = await this.ledger.claim(deliveryId, jobId, CLAIM_LEASE_MS);
    if (!work) return;
    const putOffMs = await this.throttle.delayBefore(work).catch(async (error: unknown) => {
      // Not an attempt (nothing was sent): give it back, and let the queue retry the job.
      await this.ledger.release(deliveryId, jobId);
      throw error;
    });
    if (putOffMs > 0) {
      await this.ledger.release(deliveryId, jobId);
      await this.scheduler.putOff(deliveryId, work.round, work.attempts, putOffMs);
      return;
    }
    try {
      await this.senderOf(work).send(work, {
        partSent: (part) => this.ledger.partSent(deliveryId, jobId, part),
      });
    } catch (error) {
      await this.recordFailure(work, jobId, error);
      return;
    }
    this.metrics.countDelivery(work.channel, 'sent');
    if (!(await this.ledger.sent(deliveryId, jobId))) {
      this.logger.warn({ deliveryId, jobId }, 'Delivery sent, but its claim had been taken over meanwhile');
    }
  }

  private senderOf(work: DeliveryWork): ChannelSender {
    if (work.channel === 'email') return this.email;
    if (work.channel === 'webhook') return this.webhook;
    throw new Error(`Delivery ${work.deliveryId}: the ${work.channel} channel is delivered when recorded`);
  }

  private async recordFailure(work: DeliveryWork, jobId: string, error: unknown): Promise<void> {
    const retryDelayMs = this.policy.delayAfter(work.attempts);
    const outcome = await this.ledger.failed(work.deliveryId, jobId, {
      error: describeError(error),
      permanent: error instanceof UndeliverableError,
      maxAttempts: this.policy.maxAttempts,
      retryDelayMs,
    });
    if (!outcome) return;
    this.metrics.countDelivery(work.channel, outcome.status);
    const context = { deliveryId: work.deliveryId, channel: work.channel, attempt: outcome.attempts };
    if (outcome.status === 'dead') {
      this.logger.error({ ...context, err: describeError(error) }, 'Delivery is dead; an admin can retry it');
      return;
    }
    this.logger.warn(
      { ...context, err: describeError(error), retryInMs: retryDelayMs },
      'Delivery attempt failed',
    );
    await this.scheduler.attempt(work.deliveryId, outcome.round, outcome.attempts + 1, retryDelayMs);
  }
}

/** fetch() and sockets hide the reason in `cause` ("fetch failed" ← ECONNREFUSED): keep both. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause : undefined;
  const code = (cause as { code?: string } | undefined)?.code ?? (error as { code?: string }).code;
  return [error.message, cause?.message, code]
    .filter((part, i, all) => part && all.indexOf(part) === i)
    .join(': ');
}
