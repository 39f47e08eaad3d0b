import { Injectable } from '@nestjs/common';
import { CallCoalescer } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { NotificationRecorder, NotificationToRecord } from './notification-recorder';
import { RECORDING_CONCURRENCY } from './recording-queue';

/**
 * For queue consumers that record a notice and nothing else: the notices of the jobs running at the same
 * moment are written by one statement (its own transaction), which is what lets the notifications queue run
 * many jobs at once without one commit each. Redelivered jobs are still recorded once, by their dedup keys.
 */
@Injectable()
export class BatchedNotificationRecorder {
  private readonly coalescer = new CallCoalescer<NotificationToRecord, boolean>(
    (notifications) =>
      this.transactions.runStatement((manager) => this.recorder.recordMany(manager, notifications)),
    { maxBatch: RECORDING_CONCURRENCY },
  );

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
  ) {}

  /** Resolves once the notice is committed: true when added, false when its dedup key was already there. */
  record(notification: NotificationToRecord): Promise<boolean> {
    return this.coalescer.submit(notification);
  }

  /** Notices that belong together (one event, several organisations told) go in the same statement. */
  recordAll(notifications: readonly NotificationToRecord[]): Promise<boolean[]> {
    return this.coalescer.submitAll(notifications);
  }
}
