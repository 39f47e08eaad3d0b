import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import { Problem } from '@3ipet/common';
import { hashOpaqueToken } from '../shared/opaque-token';
import { AccountMailOutbox } from './account-mail';
import { AccountToken, type AccountTokenPurpose } from './account-token.entity';

export class InvalidAccountLinkProblem extends Problem {
  constructor() {
    super(404, 'link-not-valid', 'Not found', 'The link does not exist, expired or was already used.');
  }
}

export interface AccountTokenRequest {
  userId: string;
  purpose: AccountTokenPurpose;
  /** Where the link goes. */
  email: string;
  ttlMs: number;
}

/** One-time account links: requested in a transaction (the e-mail goes with it), spent once. */
@Injectable()
export class AccountTokens {
  constructor(private readonly mail: AccountMailOutbox) {}

  /** A new request supersedes the user's open ones of the same purpose: only the newest link works. */
  async issue(manager: EntityManager, request: AccountTokenRequest): Promise<void> {
    const { userId, purpose, email, ttlMs } = request;
    await manager.update(AccountToken, { userId, purpose, usedAt: IsNull() }, { usedAt: () => 'now()' });
    const token = await manager.save(
      manager.create(AccountToken, {
        userId,
        purpose,
        email,
        tokenHash: null,
        expiresAt: new Date(Date.now() + ttlMs),
      }),
    );
    await this.mail.add(manager, { kind: purpose, id: token.id });
  }

  /** Spends a token atomically (of two concurrent uses, one wins); a 404 problem when it cannot be used. */
  async spend(
    manager: EntityManager,
    token: string,
    purposes: readonly AccountTokenPurpose[],
  ): Promise<AccountToken> {
    const [spent] = (await manager.query(
      `WITH spent AS (
         UPDATE account_token SET used_at = now()
          WHERE token_hash = $1 AND purpose = ANY ($2::text[]) AND used_at IS NULL AND expires_at > now()
         RETURNING id)
       SELECT id FROM spent`,
      [hashOpaqueToken(token), purposes],
    )) as { id: string }[];
    if (!spent) throw new InvalidAccountLinkProblem();
    return manager.findOneByOrFail(AccountToken, { id: spent.id });
  }
}
