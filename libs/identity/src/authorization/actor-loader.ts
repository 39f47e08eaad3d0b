import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UnauthorizedProblem } from '@3ipet/common';
import { AccessTokenService, VerifiedAccessToken } from '../auth/access-tokens';
import { AuthContext, Role } from './auth-context';

interface ActorRow {
  id: string;
  role: Role;
  organization_id: string | null;
  status: string;
  email_verified: boolean;
  member_role: 'owner' | 'member';
  session_live: boolean;
}

/**
 * Turns a verified access token into the caller's current role and organisation.
 * Read on every request, in one statement (a primary-key lookup plus an index probe of the session), so
 * that disabling a user, changing a role, signing out or revoking a session takes effect at once, on every
 * api process, rather than when the access token expires. There is deliberately no cache: the database is
 * the one place every process sees a revocation at the moment it commits, and the session probe adds no
 * round trip to the user lookup that was already there (bench/authenticated-request.bench.ts).
 */
@Injectable()
export class ActorLoader {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async load({ userId, sessionId }: VerifiedAccessToken): Promise<AuthContext> {
    const [user]: ActorRow[] = await this.dataSource.query(
      `SELECT u.id, u.role, u.organization_id, u.status, u.member_role,
              u.email_verified_at IS NOT NULL AS email_verified,
              EXISTS (SELECT 1 FROM refresh_token t WHERE t.family_id = $2 AND t.revoked_at IS NULL) AS session_live
         FROM app_user u
        WHERE u.id = $1`,
      [userId, sessionId],
    );
    if (!user || user.status !== 'active')
      throw new UnauthorizedProblem('This account is disabled or no longer exists.');
    if (!user.session_live) throw new UnauthorizedProblem('This session has ended; sign in again.');
    return {
      userId: user.id,
      organizationId: user.organization_id,
      role: user.role,
      sessionId,
      emailVerified: user.email_verified,
      memberRole: user.member_role,
    };
  }
}

/** Access-token authentication for the places the global guard does not cover (the queue dashboard). */
@Injectable()
export class AccessTokenAuthenticator {
  constructor(
    private readonly accessTokens: AccessTokenService,
    private readonly actors: ActorLoader,
  ) {}

  /** The caller a Bearer token stands for, or a 401 problem (bad token, ended session, disabled account). */
  authenticate(token: string): Promise<AuthContext> {
    return this.actors.load(this.accessTokens.verify(token));
  }
}
