import { ExecutionContext, Injectable, Provider } from '@nestjs/common';
import {
  ThrottlerGuard,
  ThrottlerLimitDetail,
  ThrottlerStorageService,
  getOptionsToken,
  getStorageToken,
} from '@nestjs/throttler';
import { AppConfig } from '@3ipet/config';
import { RedisThrottlerStorage } from './redis-throttler.storage';

export const AUTH_THROTTLER = 'auth';

/**
 * Limits sign-in and sign-up attempts per client IP and email address (AUTH_RATE_LIMIT_PER_MINUTE).
 * Used on those routes only, with `@UseGuards`, so the rest of the API is not throttled.
 */
@Injectable()
export class AuthRateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const body = request.body as { email?: unknown } | undefined;
    // Guards run before validation: the body may be anything, so only a string email counts.
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase().slice(0, 254) : '';
    return `${String(request.ip)}|${email}`;
  }

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

export const authRateLimitProviders: Provider[] = [
  {
    provide: getOptionsToken(),
    inject: [AppConfig],
    useFactory: (config: AppConfig) => ({
      throttlers: [{ name: AUTH_THROTTLER, ttl: 60_000, limit: config.env.AUTH_RATE_LIMIT_PER_MINUTE }],
      errorMessage: 'Too many attempts; wait a minute and try again.',
    }),
  },
  {
    provide: getStorageToken(),
    inject: [AppConfig],
    useFactory: (config: AppConfig) =>
      config.env.REDIS_URL
        ? RedisThrottlerStorage.connect(config.env.REDIS_URL, config.env.REDIS_PREFIX)
        : new ThrottlerStorageService(),
  },
  AuthRateLimitGuard,
];
