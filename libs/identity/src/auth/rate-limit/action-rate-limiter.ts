import { Inject, Injectable } from '@nestjs/common';
import { ThrottlerStorage, getStorageToken } from '@nestjs/throttler';
import { Problem } from '@3ipet/common';

/** One counter an action is charged to, e.g. per user and per organisation. */
export interface RateLimitKey {
  /** Names the counter family (and its keys in Redis), e.g. `interest-user`. */
  name: string;
  key: string;
  limit: number;
  windowMs: number;
}

export class TooManyRequestsProblem extends Problem {
  constructor(retryAfterSeconds: number) {
    super(429, 'rate-limited', 'Too many requests', 'Too many requests; try again later.', {
      retryAfterSeconds,
    });
  }
}

/**
 * Rate limits for actions inside a use case (where a guard cannot know the organisation), on the same storage
 * as the sign-in limits: Redis when configured, this process otherwise.
 */
@Injectable()
export class ActionRateLimiter {
  constructor(@Inject(getStorageToken()) private readonly storage: ThrottlerStorage) {}

  /** Counts one attempt on every key; 429 when any of them is over its limit. */
  async consume(keys: readonly RateLimitKey[]): Promise<void> {
    const records = await Promise.all(
      keys.map((k) => this.storage.increment(k.key, k.windowMs, k.limit, k.windowMs, k.name)),
    );
    const blocked = records.filter((record) => record.isBlocked);
    if (blocked.length > 0) {
      throw new TooManyRequestsProblem(Math.max(...blocked.map((record) => record.timeToBlockExpire)));
    }
  }
}
