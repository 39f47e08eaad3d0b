import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { NotFoundProblem, UnprocessableProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AuditService } from '../audit/audit.service';
import { SessionService } from '../auth/session.service';
import { Actor, assertOwnerOrAdmin } from '../authorization/auth-context';
import { User } from '../users/user.entity';
import { ChangeMemberRoleDto, MemberView } from './member.dto';

const toMemberView = (user: User): MemberView => ({
  id: user.id,
  displayName: user.displayName,
  email: user.email,
  memberRole: user.memberRole,
  status: user.status,
  emailVerified: user.emailVerifiedAt !== null,
  lastLoginAt: user.lastLoginAt,
  createdAt: user.createdAt,
});

/** Owners (and platform admins) see an organisation's members, change their role and revoke them. */
@Injectable()
export class MembersService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  async list(actor: Actor, organizationId: string): Promise<MemberView[]> {
    assertOwnerOrAdmin(actor, organizationId);
    const members = await this.users.find({
      where: { organizationId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return members.map(toMemberView);
  }

  changeRole(
    actor: Actor,
    organizationId: string,
    userId: string,
    dto: ChangeMemberRoleDto,
  ): Promise<MemberView> {
    assertOwnerOrAdmin(actor, organizationId);
    return this.transactions.run(async (manager) => {
      const member = await this.lockedMember(manager, organizationId, userId);
      if (member.memberRole === dto.memberRole) return toMemberView(member);
      if (member.memberRole === 'owner') await this.keepAnOwner(manager, organizationId, userId);
      await manager.update(User, member.id, { memberRole: dto.memberRole });
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'member.role-changed',
        targetType: 'user',
        targetId: member.id,
        before: { memberRole: member.memberRole },
        after: { memberRole: dto.memberRole, organizationId },
      });
      return toMemberView(await manager.findOneByOrFail(User, { id: member.id }));
    });
  }

  /** The account is disabled and every one of its sessions ends in the same commit. */
  revoke(actor: Actor, organizationId: string, userId: string): Promise<void> {
    assertOwnerOrAdmin(actor, organizationId);
    return this.transactions.run(async (manager) => {
      const member = await this.lockedMember(manager, organizationId, userId);
      if (member.id === actor.userId)
        throw new UnprocessableProblem(
          'You cannot revoke yourself; ask another owner.',
          'cannot-revoke-self',
        );
      if (member.status === 'disabled') return;
      if (member.memberRole === 'owner') await this.keepAnOwner(manager, organizationId, userId);
      await manager.update(User, member.id, { status: 'disabled' });
      await this.sessions.revokeAllOf(manager, member.id);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'member.revoked',
        targetType: 'user',
        targetId: member.id,
        before: { status: member.status },
        after: { status: 'disabled', organizationId },
      });
    });
  }

  private async lockedMember(manager: EntityManager, organizationId: string, userId: string): Promise<User> {
    const member = await manager.findOne(User, {
      where: { id: userId, organizationId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!member) throw new NotFoundProblem('Member');
    return member;
  }

  /** An organisation always keeps an active owner (rows locked so two demotions cannot both pass). */
  private async keepAnOwner(
    manager: EntityManager,
    organizationId: string,
    leavingId: string,
  ): Promise<void> {
    const [{ others }] = (await manager.query(
      `SELECT count(*)::int AS others FROM (
         SELECT id FROM app_user WHERE organization_id = $1 AND member_role = 'owner' AND status = 'active'
            AND id <> $2 FOR UPDATE) owners`,
      [organizationId, leavingId],
    )) as { others: number }[];
    if (others === 0)
      throw new UnprocessableProblem('The organisation must keep at least one active owner.', 'last-owner');
  }
}
