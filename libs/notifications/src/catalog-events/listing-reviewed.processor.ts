import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@3ipet/database';
import { Processor } from '@3ipet/queue';
import { NOTIFICATION_KINDS } from '../records/notification-kinds';
import { NotificationRecorder } from '../records/notification-recorder';
import { ListingReviewedJob } from './listing-reviewed.job';

/** Tells the vendor organisation that its listing is public, or what the curator wants changed. */
@Injectable()
export class ListingReviewedProcessor {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
  ) {}

  @Processor(ListingReviewedJob)
  async notifyVendor(job: ListingReviewedJob): Promise<void> {
    const published = job.outcome === 'published';
    await this.transactions.run((manager) =>
      this.recorder.record(manager, {
        organizationId: job.organizationId,
        kind: published ? NOTIFICATION_KINDS.listingPublished : NOTIFICATION_KINDS.listingChangesRequested,
        payload: {
          technologyId: job.technologyId,
          title: job.title,
          ...(published ? {} : { reason: job.reason ?? '' }),
        },
        dedupKey: `listing-reviewed:${job.technologyId}:${job.version}`,
      }),
    );
  }
}
