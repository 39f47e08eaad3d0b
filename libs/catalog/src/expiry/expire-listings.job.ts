import { JobType } from '@3ipet/queue';

/** Expires published listings whose vendor has not re-confirmed them within twelve months. */
@JobType('catalog.expire-listings', { queue: 'catalog-maintenance', attempts: 3, backoffMs: 60_000 })
export class ExpireListingsJob {}

/** Consumed by the notifications lib (not registered here): tells a vendor its listing expired. */
export const LISTING_EXPIRED_JOB_TYPE = 'notifications.listing-expired';

export interface ListingExpiredPayload {
  technologyId: string;
  organizationId: string;
  title: string;
  expiredAt: string;
}
