import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@3ipet/database';
import { Processor } from '@3ipet/queue';
import { NOTIFICATION_KINDS } from '../records/notification-kinds';
import { NotificationRecorder } from '../records/notification-recorder';
import { ListingExpiredJob } from './listing-expired.job';

/** Tells the vendor organisation in its inbox that a listing went offline and needs re-confirmation. */
@Injectable()
export class ListingExpiredProcessor {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
  ) {}

  @Processor(ListingExpiredJob)
  async notifyVendor(job: ListingExpiredJob): Promise<void> {
    await this.transactions.run((manager) =>
      this.recorder.record(manager, {
        organizationId: job.organizationId,
        kind: NOTIFICATION_KINDS.listingExpired,
        payload: { technologyId: job.technologyId, title: job.title, expiredAt: job.expiredAt },
        dedupKey: `listing-expired:${job.technologyId}:${job.expiredAt}`,
      }),
    );
  }
}
