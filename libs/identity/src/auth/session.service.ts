import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull, Not } from 'typeorm';
import { AppConfig } from '@3ipet/config';
import { TransactionRunner } from '@3ipet/database';
import { hashOpaqueToken, newOpaqueToken } from '../shared/opaque-token';
import { User } from '../users/user.entity';
import { toUserView } from '../users/user.views';
import { AccessTokenService } from './access-tokens';
import { AccountDisabledProblem, InvalidRefreshTokenProblem } from './auth-problems';
import { RefreshToken } from './refresh-token.entity';
import { SessionView } from './session.views';

type Rotation = { kind: 'rotated'; session: SessionView } | { kind: 'rejected' } | { kind: 'disabled' };

const DAY_MS = 24 * 60 * 60 * 1000;

/** Refresh-token families: start at sign-in, rotate on every refresh, revoke on reuse, logout or disable. */
@Injectable()
export class SessionService {
  constructor(
    private readonly accessTokens: AccessTokenService,
    private readonly transactions: TransactionRunner,
    private readonly config: AppConfig,
  ) {}

  /** Opens a new family for a user who just proved who they are. */
  start(manager: EntityManager, user: User): Promise<SessionView> {
    return this.issue(manager, user, randomUUID());
  }

  async refresh(presentedToken: string): Promise<SessionView> {
    // The transaction commits whatever rotate decided (including a family revocation) before we answer 401.
    const rotation = await this.transactions.run((manager) => this.rotate(manager, presentedToken));
    if (rotation.kind === 'rotated') return rotation.session;
    throw rotation.kind === 'disabled' ? new AccountDisabledProblem() : new InvalidRefreshTokenProblem();
  }

  /** Ends the session the token belongs to. Unknown tokens are ignored: logout always succeeds. */
  async logout(presentedToken: string): Promise<void> {
    await this.transactions.run(async (manager) => {
      const token = await manager.findOne(RefreshToken, {
        where: { tokenHash: hashOpaqueToken(presentedToken) },
      });
      if (token) await this.revokeFamily(manager, token.familyId);
    });
  }

  /** Ends every session of the user, or every one but `exceptSessionId` (the caller's own). */
  async revokeAllOf(manager: EntityManager, userId: string, exceptSessionId?: string): Promise<void> {
    await manager.update(
      RefreshToken,
      { userId, revokedAt: IsNull(), ...(exceptSessionId ? { familyId: Not(exceptSessionId) } : {}) },
      { revokedAt: () => 'now()' },
    );
  }

  private async rotate(manager: EntityManager, presentedToken: string): Promise<Rotation> {
    const tokenHash = hashOpaqueToken(presentedToken);
    // Atomic spend: of two concurrent refreshes with one token, exactly one matches `used_at IS NULL`.
    const spent = await manager
      .createQueryBuilder()
      .update(RefreshToken)
      .set({ usedAt: () => 'now()' })
      .where('token_hash = :tokenHash AND used_at IS NULL AND revoked_at IS NULL AND expires_at > now()', {
        tokenHash,
      })
      .returning('user_id, family_id')
      .execute();
    const row = (spent.raw as { user_id: string; family_id: string }[])[0];
    if (!row) {
      const known = await manager.findOne(RefreshToken, { where: { tokenHash } });
      // A spent or revoked token coming back means it was copied: end the whole session.
      if (known && (known.usedAt || known.revokedAt)) await this.revokeFamily(manager, known.familyId);
      return { kind: 'rejected' };
    }
    const user = await manager.findOne(User, { where: { id: row.user_id } });
    if (!user || user.status !== 'active') {
      await this.revokeFamily(manager, row.family_id);
      return { kind: 'disabled' };
    }
    return { kind: 'rotated', session: await this.issue(manager, user, row.family_id) };
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.update(RefreshToken, { familyId, revokedAt: IsNull() }, { revokedAt: () => 'now()' });
  }

  private async issue(manager: EntityManager, user: User, familyId: string): Promise<SessionView> {
    const refreshToken = newOpaqueToken();
    const refreshTokenExpiresAt = new Date(Date.now() + this.config.env.REFRESH_TTL_DAYS * DAY_MS);
    await manager.insert(RefreshToken, {
      userId: user.id,
      familyId,
      tokenHash: hashOpaqueToken(refreshToken),
      expiresAt: refreshTokenExpiresAt,
    });
    return {
      ...this.accessTokens.issue(user.id, familyId),
      tokenType: 'Bearer',
      refreshToken,
      refreshTokenExpiresAt,
      user: toUserView(user),
    };
  }
}
