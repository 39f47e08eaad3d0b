import { JobType } from '@3ipet/queue';
import { RECORDING_QUEUE } from '../records/recording-queue';

/**
 * Written to the outbox by libs/identity when an admin verifies, rejects or withdraws the verification of an
 * organisation (identity names the type `notifications.organization-verification`; this lib consumes it).
 */
@JobType('notifications.organization-verification', { queue: RECORDING_QUEUE, attempts: 10, backoffMs: 2000 })
export class OrganizationVerificationJob {
  organizationId!: string;
  decision!: 'verified' | 'rejected' | 'withdrawn';
  /** The admin's reason, for a rejection or a withdrawal. */
  reason!: string | null;
  /** ISO date-time of the decision: one notice per decision. */
  decidedAt!: string;
}
