import { JobType } from '@3ipet/queue';
import { RECORDING_QUEUE } from '../records/recording-queue';

/**
 * Written to the outbox by the catalog when a curator publishes a listing or asks for changes (the catalog
 * names the type `notifications.listing-reviewed`; this lib registers and consumes it).
 */
@JobType('notifications.listing-reviewed', { queue: RECORDING_QUEUE, attempts: 10, backoffMs: 2000 })
export class ListingReviewedJob {
  technologyId!: string;
  organizationId!: string;
  title!: string;
  outcome!: 'published' | 'changes-requested';
  /** The curator's reason, for `changes-requested`. */
  reason?: string | null;
  /** The listing's version after the review: one notice per review, even when a listing is reviewed again. */
  version!: number;
}
