import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConflictProblem } from '@3ipet/common';
import { AppConfig } from '@3ipet/config';
import { TransactionRunner } from '@3ipet/database';
import { AuditService } from '../audit/audit.service';
import type { AuthContext } from '../authorization/auth-context';
import { isUniqueViolation } from '../shared/database-errors';
import { EMAIL_UNIQUE_INDEX, EmailTakenProblem, isEmailTaken } from '../users/user-accounts';
import { User } from '../users/user.entity';
import { ChangeEmailDto, EmailConfirmedView } from './account.dto';
import { AccountMailOutbox } from './account-mail';
import { AccountTokens, InvalidAccountLinkProblem } from './account-tokens';
import { CurrentPasswordCheck } from './current-password-check';

const HOUR_MS = 60 * 60_000;

/** Proving an address: at sign-up (verification) and when a member moves to a new one (change). */
@Injectable()
export class AccountEmailService {
  constructor(
    private readonly tokens: AccountTokens,
    private readonly mail: AccountMailOutbox,
    private readonly currentPassword: CurrentPasswordCheck,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  private get ttlMs(): number {
    return this.config.env.EMAIL_CONFIRMATION_TTL_HOURS * HOUR_MS;
  }

  /** In the sign-up transaction: the verification e-mail goes out only if the account is created. */
  startVerification(manager: EntityManager, user: User): Promise<void> {
    return this.tokens.issue(manager, {
      userId: user.id,
      purpose: 'email-verification',
      email: user.email,
      ttlMs: this.ttlMs,
    });
  }

  async resendVerification(actor: AuthContext): Promise<void> {
    await this.transactions.run(async (manager) => {
      const user = await manager.findOneByOrFail(User, { id: actor.userId });
      if (user.emailVerifiedAt)
        throw new ConflictProblem('This address is already verified.', 'email-already-verified');
      await this.startVerification(manager, user);
    });
  }

  async requestChange(actor: AuthContext, dto: ChangeEmailDto): Promise<void> {
    await this.currentPassword.check(actor.userId, dto.currentPassword);
    await this.transactions.run(async (manager) => {
      if (await isEmailTaken(manager, dto.email)) throw new EmailTakenProblem();
      await this.tokens.issue(manager, {
        userId: actor.userId,
        purpose: 'email-change',
        email: dto.email,
        ttlMs: this.ttlMs,
      });
    });
  }

  async confirm(presentedToken: string): Promise<EmailConfirmedView> {
    return this.transactions.run(async (manager) => {
      const token = await this.tokens.spend(manager, presentedToken, ['email-verification', 'email-change']);
      const user = await manager.findOneBy(User, { id: token.userId });
      if (!user || user.status !== 'active') throw new InvalidAccountLinkProblem();
      if (token.purpose === 'email-change') return this.moveTo(manager, user, token.email);
      // A verification link is for the address it was sent to, not whatever the account has now.
      if (user.email.toLowerCase() !== token.email.toLowerCase()) throw new InvalidAccountLinkProblem();
      if (!user.emailVerifiedAt) await manager.update(User, user.id, { emailVerifiedAt: () => 'now()' });
      return { purpose: 'email-verification', email: user.email };
    });
  }

  private async moveTo(manager: EntityManager, user: User, email: string): Promise<EmailConfirmedView> {
    const previousEmail = user.email;
    try {
      await manager.update(User, user.id, { email, emailVerifiedAt: () => 'now()' });
    } catch (error) {
      if (isUniqueViolation(error, EMAIL_UNIQUE_INDEX)) throw new EmailTakenProblem();
      throw error;
    }
    await this.audit.record(manager, {
      actorId: user.id,
      action: 'user.email-changed',
      targetType: 'user',
      targetId: user.id,
      before: { email: previousEmail },
      after: { email },
    });
    await this.mail.add(manager, { kind: 'email-changed', id: user.id, previousEmail });
    return { purpose: 'email-change', email };
  }
}
