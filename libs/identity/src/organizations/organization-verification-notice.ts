import type { OutboxEntry } from '@3ipet/database';
import type { VerificationDecision } from './organization.entity';

/** Consumed by libs/notifications (registered there): the organisation hears what the admins decided. */
export const VERIFICATION_DECIDED_JOB_TYPE = 'notifications.organization-verification';

/** The outbox entry each verification decision writes in its own transaction: one notice per decision. */
export function verificationNoticeOf(
  organizationId: string,
  decision: VerificationDecision,
  reason: string | null,
  decidedAt: Date,
): OutboxEntry {
  return {
    jobType: VERIFICATION_DECIDED_JOB_TYPE,
    payload: { organizationId, decision, reason, decidedAt: decidedAt.toISOString() },
    dedupKey: `organization-verification:${organizationId}:${decidedAt.getTime()}`,
  };
}
