import { Injectable } from '@nestjs/common';
import { JobQueue } from '@3ipet/queue';
import { DeliverNotificationJob, attemptJobId } from './deliver-notification.job';

/**
 * Puts delivery jobs on the queue directly, for what the outbox does not cover: retries, put-offs, recovery.
 */
@Injectable()
export class DeliveryScheduler {
  constructor(private readonly queue: JobQueue) {}

  attempt(deliveryId: string, round: number, attempt: number, delayMs: number): Promise<void> {
    return this.queue.add(new DeliverNotificationJob(deliveryId), {
      jobId: attemptJobId(deliveryId, round, attempt),
      delayMs: Math.max(0, Math.round(delayMs)),
    });
  }

  /**
   * A job for a delivery whose own job seems lost. The id names the recovery, not just the attempt: the lost
   * job may still sit among BullMQ's failed jobs under the attempt's id, and re-adding that id would do
   * nothing.
   */
  recover(
    deliveryId: string,
    round: number,
    attempt: number,
    recovery: number,
    delayMs: number,
  ): Promise<void> {
    return this.queue.add(new DeliverNotificationJob(deliveryId), {
      jobId: `${attemptJobId(deliveryId, round, attempt)}-recovery-${recovery}`,
      delayMs: Math.max(0, Math.round(delayMs)),
    });
  }

  /**
   * The same attempt, later (a rate limit); a fresh id, since the current job still holds the attempt's id.
   */
  putOff(deliveryId: string, round: number, attempt: number, delayMs: number): Promise<void> {
    return this.queue.add(new DeliverNotificationJob(deliveryId), {
      jobId: `${attemptJobId(deliveryId, round, attempt)}-after-${Date.now()}`,
      delayMs: Math.round(delayMs),
    });
  }
}
