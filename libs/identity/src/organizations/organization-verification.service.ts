import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConflictProblem, NotFoundProblem } from '@3ipet/common';
import { OutboxWriter, TransactionRunner } from '@3ipet/database';
import { AuditService } from '../audit/audit.service';
import { Actor, AuthContext, assertAdmin } from '../authorization/auth-context';
import { OrganizationChangeOutbox } from './organization-change-outbox';
import { Organization, type VerificationDecision, type VerificationStatus } from './organization.entity';
import { verificationNoticeOf } from './organization-verification-notice';
import { OrganizationView, organizationViewFor, verificationStatusOf } from './organization.views';

/** Which status each decision may start from; a decision from any other status answers 409. */
const ALLOWED_FROM: Record<VerificationDecision, readonly VerificationStatus[]> = {
  verified: ['pending', 'rejected'],
  rejected: ['pending'],
  withdrawn: ['verified'],
};

const STATUS_AFTER: Record<VerificationDecision, VerificationStatus> = {
  verified: 'verified',
  rejected: 'rejected',
  withdrawn: 'pending',
};

const AUDIT_ACTION: Record<VerificationDecision, string> = {
  verified: 'organization.verified',
  rejected: 'organization.verification-rejected',
  withdrawn: 'organization.unverified',
};

/**
 * Admins verify an organisation, reject it, or withdraw a verification, the last two with a reason. Each
 * decision is audited and tells the organisation (a notice through the outbox, in the same transaction).
 * A decision taken on a stale page (the status moved meanwhile) answers 409, except verifying a verified
 * organisation again, which changes nothing.
 */
@Injectable()
export class OrganizationVerificationService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly changes: OrganizationChangeOutbox,
    private readonly outbox: OutboxWriter,
  ) {}

  verify(actor: Actor, id: string): Promise<OrganizationView> {
    return this.decide(actor, id, 'verified', null);
  }

  reject(actor: Actor, id: string, reason: string): Promise<OrganizationView> {
    return this.decide(actor, id, 'rejected', reason);
  }

  withdraw(actor: Actor, id: string, reason: string): Promise<OrganizationView> {
    return this.decide(actor, id, 'withdrawn', reason);
  }

  private decide(
    actor: Actor,
    id: string,
    decision: VerificationDecision,
    reason: string | null,
  ): Promise<OrganizationView> {
    assertAdmin(actor);
    return this.transactions.run(async (manager) => {
      const org = await manager.findOne(Organization, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!org) throw new NotFoundProblem('Organization');
      const status = verificationStatusOf(org);
      if (decision === 'verified' && status === 'verified') return organizationViewFor(actor, org);
      if (!ALLOWED_FROM[decision].includes(status)) throw notAllowedFrom(decision, status);
      await this.apply(manager, actor, org, decision, reason?.trim() ?? null);
      return organizationViewFor(actor, await manager.findOneByOrFail(Organization, { id }));
    });
  }

  private async apply(
    manager: EntityManager,
    actor: AuthContext,
    org: Organization,
    decision: VerificationDecision,
    reason: string | null,
  ): Promise<void> {
    const now = new Date();
    const verified = decision === 'verified';
    const after = {
      verified,
      verifiedAt: verified ? now : null,
      verifiedBy: verified ? actor.userId : null,
      verificationStatus: STATUS_AFTER[decision],
      verificationDecision: decision,
      verificationReason: reason,
      verificationDecidedBy: actor.userId,
      verificationDecidedAt: now,
    };
    await manager.update(Organization, org.id, after);
    if (org.verified !== verified) await this.changes.add(manager, org.id);
    await this.outbox.add(manager, verificationNoticeOf(org.id, decision, reason, now));
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: AUDIT_ACTION[decision],
      targetType: 'organization',
      targetId: org.id,
      before: { verified: org.verified, status: verificationStatusOf(org) },
      after: { verified, status: after.verificationStatus, ...(reason ? { reason } : {}) },
    });
  }
}

function notAllowedFrom(decision: VerificationDecision, status: VerificationStatus): ConflictProblem {
  const detail: Record<VerificationDecision, string> = {
    verified: 'The organisation is already verified.',
    rejected:
      status === 'verified'
        ? 'The organisation is verified; withdraw the verification instead.'
        : 'The organisation is already rejected.',
    withdrawn: 'The organisation is not verified; there is nothing to withdraw.',
  };
  return new ConflictProblem(
    `${detail[decision]} Reload the page to see its status.`,
    'verification-status',
    {
      verificationStatus: status,
    },
  );
}
