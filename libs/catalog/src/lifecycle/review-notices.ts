import type { OutboxEntry } from '@3ipet/database';
import type { Technology } from '../technology/technology.entity';
import type { LifecycleAction } from './technology-state-machine';

/**
 * Consumed by libs/notifications (registered there): the vendor hears that its listing is public or needs
 * changes.
 */
export const LISTING_REVIEWED_JOB_TYPE = 'notifications.listing-reviewed';

/** The outbox entry a curator's review writes in its own transaction, or null for other lifecycle moves. */
export function reviewNoticeOf(action: LifecycleAction, listing: Technology): OutboxEntry | null {
  if (action !== 'publish' && action !== 'requestChanges') return null;
  return {
    jobType: LISTING_REVIEWED_JOB_TYPE,
    payload: {
      technologyId: listing.id,
      organizationId: listing.vendorOrganizationId,
      title: listing.title,
      outcome: action === 'publish' ? 'published' : 'changes-requested',
      reason: action === 'requestChanges' ? listing.changesRequestedReason : null,
      version: listing.version,
    },
    dedupKey: `technology:${listing.id}:v${listing.version}`,
  };
}
