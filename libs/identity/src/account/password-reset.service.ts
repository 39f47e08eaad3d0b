import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AppConfig } from '@3ipet/config';
import { TransactionRunner } from '@3ipet/database';
import { AuditService } from '../audit/audit.service';
import { PasswordHasher } from '../auth/password-hasher';
import { SessionService } from '../auth/session.service';
import { User } from '../users/user.entity';
import { PasswordResetDto, PasswordResetRequestDto } from './account.dto';
import { AccountTokens, InvalidAccountLinkProblem } from './account-tokens';

const MINUTE_MS = 60_000;

/** Forgotten passwords: a one-time link by e-mail; using it sets the password and ends every session. */
@Injectable()
export class PasswordResetService {
  constructor(
    @InjectRepository(User) private readonly users: Repository<User>,
    private readonly tokens: AccountTokens,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionService,
    private readonly audit: AuditService,
    private readonly transactions: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  /** Answers the same whether or not the address has an account: nothing is sent when it has none. */
  async request(dto: PasswordResetRequestDto): Promise<void> {
    const user = await this.users
      .createQueryBuilder('user')
      .where('lower(user.email) = lower(:email)', { email: dto.email })
      .getOne();
    if (!user || user.status !== 'active') return;
    await this.transactions.run((manager) =>
      this.tokens.issue(manager, {
        userId: user.id,
        purpose: 'password-reset',
        email: user.email,
        ttlMs: this.config.env.PASSWORD_RESET_TTL_MINUTES * MINUTE_MS,
      }),
    );
  }

  async reset(dto: PasswordResetDto): Promise<void> {
    const passwordHash = await this.hasher.hash(dto.password);
    await this.transactions.run(async (manager) => {
      const token = await this.tokens.spend(manager, dto.token, ['password-reset']);
      const user = await manager.findOneBy(User, { id: token.userId });
      // The link went to the address the account had when it was asked for; a changed address voids it.
      if (!user || user.status !== 'active' || user.email.toLowerCase() !== token.email.toLowerCase())
        throw new InvalidAccountLinkProblem();
      // Following the link proves the address too.
      await manager.query(
        `UPDATE app_user SET password_hash = $2, email_verified_at = coalesce(email_verified_at, now()),
                updated_at = now() WHERE id = $1`,
        [user.id, passwordHash],
      );
      await this.sessions.revokeAllOf(manager, user.id);
      await this.audit.record(manager, {
        actorId: user.id,
        action: 'user.password-reset',
        targetType: 'user',
        targetId: user.id,
        before: null,
        after: { sessionsEnded: true },
      });
    });
  }
}
