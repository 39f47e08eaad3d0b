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
      jobId: attemptJobId(deliveryId, round, attempt, 'retry'),
      delayMs: Math.max(0, Math.round(delayMs)),
    });
  }

  /**
   * A job for a delivery whose own job seems lost (it may still sit among BullMQ's failed jobs, so the new
   * one needs an id of its own).
   */
  recover(
    deliveryId: string,
    round: number,
    attempt: number,
    recovery: number,
    delayMs: number,
  ): Promise<void> {
    return this.queue.add(new DeliverNotificationJob(deliveryId), {
      jobId: attemptJobId(deliveryId, round, attempt, `recovery${recovery}`),
      delayMs: Math.max(0, Math.round(delayMs)),
    });
  }

  /** The same attempt, later (a rate limit), as a job of its own: the current one is still running. */
  putOff(deliveryId: string, round: number, attempt: number, delayMs: number): Promise<void> {
    return this.queue.add(new DeliverNotificationJob(deliveryId), {
      jobId: attemptJobId(deliveryId, round, attempt, 'later'),
      delayMs: Math.round(delayMs),
    });
  }
}
