import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AuditService } from '../audit/audit.service';
import { Actor, assertAdmin } from '../authorization/auth-context';
import { OrganizationChangeOutbox } from './organization-change-outbox';
import { Organization } from './organization.entity';
import { OrganizationView, organizationViewFor } from './organization.views';

@Injectable()
export class OrganizationVerificationService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly changes: OrganizationChangeOutbox,
  ) {}

  /** Marks an organisation verified (or withdraws it), recording who and when. Repeating the same value changes nothing. */
  setVerified(actor: Actor, id: string, verified: boolean): Promise<OrganizationView> {
    assertAdmin(actor);
    return this.transactions.run(async (manager) => {
      const org = await manager.findOne(Organization, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!org) throw new NotFoundProblem('Organization');
      if (org.verified === verified) return organizationViewFor(actor, org);
      const before = { verified: org.verified, verifiedAt: org.verifiedAt, verifiedBy: org.verifiedBy };
      const after = verified
        ? { verified, verifiedAt: new Date(), verifiedBy: actor.userId }
        : { verified, verifiedAt: null, verifiedBy: null };
      await manager.update(Organization, id, after);
      await this.changes.add(manager, id);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: verified ? 'organization.verified' : 'organization.unverified',
        targetType: 'organization',
        targetId: id,
        before,
        after,
      });
      return organizationViewFor(actor, await manager.findOneByOrFail(Organization, { id }));
    });
  }
}
