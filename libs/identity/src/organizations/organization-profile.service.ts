import { Injectable } from '@nestjs/common';
import { NotFoundProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AuditService } from '../audit/audit.service';
import { Actor, assertMemberOrAdmin, isAdmin } from '../authorization/auth-context';
import { UpdateOrganizationDto } from './organization.dto';
import { OrganizationChangeOutbox } from './organization-change-outbox';
import { Organization } from './organization.entity';
import { profileColumns } from './organization-profile';
import { OrganizationView, organizationViewFor } from './organization.views';

/** Members keep their own profile; admins may correct any profile (and that is audited). */
@Injectable()
export class OrganizationProfileService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly changes: OrganizationChangeOutbox,
  ) {}

  update(actor: Actor, id: string, changes: UpdateOrganizationDto): Promise<OrganizationView> {
    assertMemberOrAdmin(actor, id);
    return this.transactions.run(async (manager) => {
      const before = await manager.findOne(Organization, {
        where: { id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!before) throw new NotFoundProblem('Organization');
      const columns = profileColumns(changes);
      if (Object.keys(columns).length === 0) return organizationViewFor(actor, before);
      const dropsBadge = renamesVerified(actor, before, columns);
      await manager.update(Organization, id, dropsBadge ? { ...columns, ...PENDING_AGAIN } : columns);
      const after = await manager.findOneByOrFail(Organization, { id });
      await this.changes.afterProfileUpdate(manager, before, after);
      if (dropsBadge) {
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'organization.unverified-by-rename',
          targetType: 'organization',
          targetId: id,
          before: {
            name: before.name,
            verified: true,
            verifiedAt: before.verifiedAt,
            verifiedBy: before.verifiedBy,
          },
          after: { name: after.name, ...UNVERIFIED },
        });
      }
      if (isAdmin(actor) && actor.organizationId !== id) {
        await this.audit.record(manager, {
          actorId: actor.userId,
          action: 'organization.profile-updated',
          targetType: 'organization',
          targetId: id,
          before: pick(before, Object.keys(columns)),
          after: pick(after, Object.keys(columns)),
        });
      }
      return organizationViewFor(actor, after);
    });
  }
}

const UNVERIFIED = { verified: false, verifiedAt: null, verifiedBy: null } as const;
const PENDING_AGAIN = {
  ...UNVERIFIED,
  verificationStatus: 'pending',
  verificationDecision: null,
  verificationReason: null,
  verificationDecidedBy: null,
  verificationDecidedAt: null,
} as const;

/**
 * The badge vouches for the organisation under the name an admin checked: a member renaming a verified
 * organisation takes it back to the admins' verification list. An admin's own correction keeps it.
 */
function renamesVerified(actor: Actor, before: Organization, columns: Partial<Organization>): boolean {
  return before.verified && columns.name !== undefined && columns.name !== before.name && !isAdmin(actor);
}

function pick(org: Organization, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((key) => [key, org[key as keyof Organization]]));
}
