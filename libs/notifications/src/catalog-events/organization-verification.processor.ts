import { Injectable } from '@nestjs/common';
import { Processor } from '@3ipet/queue';
import { NOTIFICATION_KINDS } from '../records/notification-kinds';
import { BatchedNotificationRecorder } from '../records/batched-notification-recorder';
import { OrganizationVerificationJob } from './organization-verification.job';

/** Tells the organisation what the admins decided about its verification, and why when they said no. */
@Injectable()
export class OrganizationVerificationProcessor {
  constructor(private readonly recorder: BatchedNotificationRecorder) {}

  @Processor(OrganizationVerificationJob)
  async notifyOrganization(job: OrganizationVerificationJob): Promise<void> {
    await this.recorder.record({
      organizationId: job.organizationId,
      kind: NOTIFICATION_KINDS.organizationVerification,
      payload: { organizationId: job.organizationId, decision: job.decision, reason: job.reason ?? null },
      dedupKey: `organization-verification:${job.organizationId}:${job.decidedAt}`,
    });
  }
}
