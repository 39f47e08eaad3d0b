import { randomBytes, randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { isUUID } from 'class-validator';
import { Problem } from '@3ipet/common';
import { AppConfig } from '@3ipet/config';

const ISSUER = '3ipet';
const AUDIENCE = '3ipet-api';

interface AccessClaims {
  sub: string;
  /** The session (refresh-token family) the token was issued for: the token dies with it. */
  sid: string;
  typ: 'access';
}

/** What a valid access token proves: who, and in which session (which must still be live). */
export interface VerifiedAccessToken {
  userId: string;
  sessionId: string;
}

export class InvalidAccessTokenProblem extends Problem {
  constructor(expired: boolean) {
    super(
      401,
      expired ? 'token-expired' : 'invalid-token',
      'Unauthorized',
      expired ? 'The access token has expired; refresh it.' : 'The access token is not valid.',
    );
  }
}

/**
 * Short-lived signed access tokens (HS256). They carry only the user id and the session id: role, status and
 * whether the session is still live are read per request (ActorLoader).
 */
@Injectable()
export class AccessTokenService {
  readonly ttlSeconds: number;
  private signer?: JwtService;

  constructor(private readonly config: AppConfig) {
    this.ttlSeconds = config.env.JWT_ACCESS_TTL_SECONDS;
  }

  /** Built on first use, so command-line tools that never sign a token do not warn about the secret. */
  private get jwt(): JwtService {
    if (!this.signer) {
      let secret = this.config.env.JWT_SECRET;
      if (!secret) {
        // Config requires JWT_SECRET in production; elsewhere tokens simply stop working at restart.
        new Logger(AccessTokenService.name).warn(
          'JWT_SECRET is not set: using a random secret for this process',
        );
        secret = randomBytes(48).toString('base64url');
      }
      this.signer = new JwtService({
        secret,
        signOptions: { algorithm: 'HS256', expiresIn: this.ttlSeconds, issuer: ISSUER, audience: AUDIENCE },
        verifyOptions: { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE },
      });
    }
    return this.signer;
  }

  issue(userId: string, sessionId: string): { accessToken: string; expiresIn: number } {
    const claims: AccessClaims = { sub: userId, sid: sessionId, typ: 'access' };
    return { accessToken: this.jwt.sign(claims, { jwtid: randomUUID() }), expiresIn: this.ttlSeconds };
  }

  /** Returns the user and session of a valid token; throws a 401 problem otherwise. */
  verify(token: string): VerifiedAccessToken {
    let claims: Partial<AccessClaims>;
    try {
      claims = this.jwt.verify<AccessClaims>(token);
    } catch (error) {
      const name = (error as Error).name;
      if (name === 'TokenExpiredError') throw new InvalidAccessTokenProblem(true);
      if (name === 'JsonWebTokenError' || name === 'NotBeforeError')
        throw new InvalidAccessTokenProblem(false);
      throw error;
    }
    if (claims.typ !== 'access' || !isUUID(claims.sub) || !isUUID(claims.sid))
      throw new InvalidAccessTokenProblem(false);
    return { userId: claims.sub as string, sessionId: claims.sid as string };
  }
}
