import { JobType } from '@3ipet/queue';
import { RECORDING_QUEUE } from '../records/recording-queue';

/**
 * Written to the outbox by the catalog when a listing expires for want of re-confirmation (the catalog names
 * the type `notifications.listing-expired` and leaves it to this lib to register and consume).
 */
@JobType('notifications.listing-expired', { queue: RECORDING_QUEUE, attempts: 10, backoffMs: 2000 })
export class ListingExpiredJob {
  technologyId!: string;
  organizationId!: string;
  title!: string;
  expiredAt!: string;
}
