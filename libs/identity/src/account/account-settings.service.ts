import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@3ipet/database';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionService } from '../auth/session.service';
import type { AuthContext } from '../authorization/auth-context';
import { User } from '../users/user.entity';
import { ChangePasswordDto, UpdateMeDto } from './account.dto';
import { CurrentPasswordCheck } from './current-password-check';

/** What members change about themselves: name, language, password. */
@Injectable()
export class AccountSettingsService {
  constructor(
    private readonly currentPassword: CurrentPasswordCheck,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
  ) {}

  async update(actor: AuthContext, dto: UpdateMeDto): Promise<void> {
    const changes: Partial<Pick<User, 'displayName' | 'locale'>> = {};
    if (dto.displayName !== undefined) changes.displayName = dto.displayName;
    if (dto.locale !== undefined) changes.locale = dto.locale;
    if (Object.keys(changes).length === 0) return;
    await this.transactions.run((manager) => manager.update(User, actor.userId, changes));
  }

  /** Every other session ends: whoever else knew the old password is signed out; this one stays. */
  async changePassword(actor: AuthContext, dto: ChangePasswordDto): Promise<void> {
    await this.currentPassword.check(actor.userId, dto.currentPassword);
    const passwordHash = await this.hasher.hash(dto.newPassword);
    await this.transactions.run(async (manager) => {
      await manager.update(User, actor.userId, { passwordHash });
      await this.sessions.revokeAllOf(manager, actor.userId, actor.sessionId);
      await this.audit.record(manager, {
        actorId: actor.userId,
        action: 'user.password-changed',
        targetType: 'user',
        targetId: actor.userId,
        before: null,
        after: { otherSessionsEnded: true },
      });
    });
  }
}
