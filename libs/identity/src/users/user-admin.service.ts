import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { NotFoundProblem, Page, UnprocessableProblem, offsetOf, pageOf } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AuditService } from '../audit/audit.service';
import { SessionService } from '../auth/session.service';
import { Actor, AuthContext, Role, assertAdmin } from '../authorization/auth-context';
import { Organization } from '../organizations/organization.entity';
import { ListUsersQuery, UpdateUserDto } from './user-admin.dto';
import { User } from './user.entity';
import { UserView, toUserView } from './user.views';

/** Admins list accounts, disable or enable them and change roles; every change is audited. */
@Injectable()
export class UserAdminService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly sessions: SessionService,
  ) {}

  async list(actor: Actor, query: ListUsersQuery): Promise<Page<UserView>> {
    assertAdmin(actor);
    const builder = this.users
      .createQueryBuilder('user')
      .orderBy('user.createdAt', 'ASC')
      .addOrderBy('user.id');
    if (query.role) builder.andWhere('user.role = :role', { role: query.role });
    if (query.status) builder.andWhere('user.status = :status', { status: query.status });
    if (query.organizationId) builder.andWhere('user.organizationId = :org', { org: query.organizationId });
    if (query.email) builder.andWhere('lower(user.email) = lower(:email)', { email: query.email });
    if (query.q) {
      const pattern = `%${query.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      builder.andWhere(
        "(lower(user.email) LIKE :pattern ESCAPE '\\' OR lower(user.displayName) LIKE :pattern ESCAPE '\\')",
        { pattern },
      );
    }
    const [rows, total] = await builder.skip(offsetOf(query)).take(query.limit).getManyAndCount();
    return pageOf(rows.map(toUserView), total, query);
  }

  update(actor: Actor, userId: string, changes: UpdateUserDto): Promise<UserView> {
    assertAdmin(actor);
    return this.transactions.run(async (manager) => {
      const user = await manager.findOne(User, {
        where: { id: userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!user) throw new NotFoundProblem('User');
      if (changes.role !== undefined && changes.role !== user.role)
        await this.changeRole(manager, actor, user, changes.role);
      if (changes.status !== undefined && changes.status !== user.status) {
        await this.changeStatus(manager, actor, user, changes.status);
      }
      return toUserView(await manager.findOneByOrFail(User, { id: userId }));
    });
  }

  private async changeRole(
    manager: EntityManager,
    actor: AuthContext,
    user: User,
    role: Role,
  ): Promise<void> {
    if (user.id === actor.userId)
      throw new UnprocessableProblem('Admins cannot change their own role.', 'self-change');
    if (role !== 'admin') {
      const org = user.organizationId
        ? await manager.findOneBy(Organization, { id: user.organizationId })
        : null;
      if (org?.kind !== role) {
        throw new UnprocessableProblem(
          `Role ${role} requires membership of a ${role} organisation.`,
          'role-organization-mismatch',
        );
      }
    }
    await manager.update(User, user.id, { role });
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: 'user.role-changed',
      targetType: 'user',
      targetId: user.id,
      before: { role: user.role },
      after: { role },
    });
  }

  private async changeStatus(manager: EntityManager, actor: AuthContext, user: User, status: User['status']) {
    if (user.id === actor.userId)
      throw new UnprocessableProblem('Admins cannot disable themselves.', 'self-change');
    await manager.update(User, user.id, { status });
    // Access tokens are re-checked on every request; refresh tokens are ended here so no session survives.
    if (status === 'disabled') await this.sessions.revokeAllOf(manager, user.id);
    await this.audit.record(manager, {
      actorId: actor.userId,
      action: status === 'disabled' ? 'user.disabled' : 'user.enabled',
      targetType: 'user',
      targetId: user.id,
      before: { status: user.status },
      after: { status },
    });
  }
}
