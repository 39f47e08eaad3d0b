import { Injectable } from '@nestjs/common';
import { Processor } from '@3ipet/queue';
import { NOTIFICATION_KINDS } from '../records/notification-kinds';
import { BatchedNotificationRecorder } from '../records/batched-notification-recorder';
import { ListingReviewedJob } from './listing-reviewed.job';

/** Tells the vendor organisation that its listing is public, or what the curator wants changed. */
@Injectable()
export class ListingReviewedProcessor {
  constructor(private readonly recorder: BatchedNotificationRecorder) {}

  @Processor(ListingReviewedJob)
  async notifyVendor(job: ListingReviewedJob): Promise<void> {
    const published = job.outcome === 'published';
    await this.recorder.record({
      organizationId: job.organizationId,
      kind: published ? NOTIFICATION_KINDS.listingPublished : NOTIFICATION_KINDS.listingChangesRequested,
      payload: {
        technologyId: job.technologyId,
        title: job.title,
        ...(published ? {} : { reason: job.reason ?? '' }),
      },
      dedupKey: `listing-reviewed:${job.technologyId}:${job.version}`,
    });
  }
}
