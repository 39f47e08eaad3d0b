import { Injectable } from '@nestjs/common';
import { Processor } from '@3ipet/queue';
import { NOTIFICATION_KINDS } from '../records/notification-kinds';
import { BatchedNotificationRecorder } from '../records/batched-notification-recorder';
import { ListingExpiredJob } from './listing-expired.job';

/** Tells the vendor organisation in its inbox that a listing went offline and needs re-confirmation. */
@Injectable()
export class ListingExpiredProcessor {
  constructor(private readonly recorder: BatchedNotificationRecorder) {}

  @Processor(ListingExpiredJob)
  async notifyVendor(job: ListingExpiredJob): Promise<void> {
    await this.recorder.record({
      organizationId: job.organizationId,
      kind: NOTIFICATION_KINDS.listingExpired,
      payload: { technologyId: job.technologyId, title: job.title, expiredAt: job.expiredAt },
      dedupKey: `listing-expired:${job.technologyId}:${job.expiredAt}`,
    });
  }
}
