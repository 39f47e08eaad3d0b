import { ExecutionContext, Injectable, Provider } from '@nestjs/common';
import {
  ThrottlerGuard,
  ThrottlerLimitDetail,
  ThrottlerModuleOptions,
  getOptionsToken,
  getStorageToken,
} from '@nestjs/throttler';
import { AppConfig } from '@3ipet/config';
import { LockoutMemoryStorage } from './lockout-memory.storage';
import { RedisThrottlerStorage } from './redis-throttler.storage';

/** Attempts per client IP and e-mail address (AUTH_RATE_LIMIT_PER_MINUTE). */
export const AUTH_THROTTLER = 'auth';
/** Attempts on one e-mail address from every client together: spraying one account from many IPs. */
export const AUTH_EMAIL_THROTTLER = 'auth-email';
/** Attempts from one client IP on every e-mail address together: one IP trying many accounts. */
export const AUTH_CLIENT_THROTTLER = 'auth-client';

const MINUTE_MS = 60_000;

interface AttemptRequest {
  ip?: unknown;
  body?: unknown;
}

/** Guards run before validation: the body may be anything, so only a string e-mail counts. */
function emailOf(request: AttemptRequest): string {
  const email = (request.body as { email?: unknown } | undefined)?.email;
  return typeof email === 'string' ? email.trim().toLowerCase().slice(0, 254) : '';
}

const clientOf = (request: AttemptRequest) => String(request.ip);

/**
 * Limits sign-in, sign-up and invitation attempts three ways at once (per client and e-mail, per e-mail, per
 * client), each with a lockout that doubles while the same key keeps going over its limit. Used on those
 * routes only, with `@UseGuards`, so the rest of the API is not throttled. Every attempt counts, not only
 * failed ones, so that a burst of concurrent guesses is counted before any of them is answered.
 */
@Injectable()
export class AuthRateLimitGuard extends ThrottlerGuard {
  /** Named throttlers send `Retry-After-auth`; clients understand the standard header. */
  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    context
      .switchToHttp()
      .getResponse<{ header(name: string, value: string): unknown }>()
      .header('Retry-After', String(detail.timeToBlockExpire));
    return super.throwThrottlingException(context, detail);
  }
}

export function authThrottlerOptions(config: AppConfig): ThrottlerModuleOptions {
  const limits = config.authRateLimits;
  return {
    throttlers: [
      {
        name: AUTH_THROTTLER,
        ttl: MINUTE_MS,
        limit: limits.perClientAndEmail,
        getTracker: (request: AttemptRequest) => `${clientOf(request)}|${emailOf(request)}`,
      },
      {
        name: AUTH_EMAIL_THROTTLER,
        ttl: MINUTE_MS,
        limit: limits.perEmail,
        getTracker: (request: AttemptRequest) => emailOf(request),
        // Accepting an invitation names no e-mail: its token is the key, counted per client above and below.
        skipIf: (context: ExecutionContext) =>
          emailOf(context.switchToHttp().getRequest<AttemptRequest>()) === '',
      },
      {
        name: AUTH_CLIENT_THROTTLER,
        ttl: MINUTE_MS,
        limit: limits.perClient,
        getTracker: (request: AttemptRequest) => clientOf(request),
      },
    ],
    errorMessage: 'Too many attempts; wait as long as Retry-After says and try again.',
  };
}

export const authRateLimitProviders: Provider[] = [
  { provide: getOptionsToken(), inject: [AppConfig], useFactory: authThrottlerOptions },
  {
    provide: getStorageToken(),
    inject: [AppConfig],
    useFactory: (config: AppConfig) => {
      const lockout = { maxBlockMs: config.env.AUTH_LOCKOUT_MAX_SECONDS * 1000 };
      return config.env.REDIS_URL
        ? RedisThrottlerStorage.connect(config.env.REDIS_URL, config.env.REDIS_PREFIX, lockout)
        : new LockoutMemoryStorage(lockout);
    },
  },
  AuthRateLimitGuard,
];
