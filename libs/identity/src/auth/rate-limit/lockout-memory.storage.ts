import { OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { LockoutOptions, lockoutMs } from './lockout';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

interface Counter {
  hits: number;
  windowEndsAt: number;
  blockedUntil: number;
  strikes: number;
  strikesForgottenAt: number;
}

const SWEEP_EVERY_MS = 60_000;

/**
 * Fixed-window counters with a lockout that doubles each time a key goes over its limit again, in this process.
 * The storage of the embedded mode (one process), and of an instance whose Redis is unreachable.
 */
export class LockoutMemoryStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly counters = new Map<string, Counter>();
  private readonly sweeper = setInterval(() => this.sweep(), SWEEP_EVERY_MS).unref();

  constructor(private readonly options: LockoutOptions) {}

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    const now = Date.now();
    const id = `${throttlerName}:${key}`;
    const counter = this.counters.get(id) ?? {
      hits: 0,
      windowEndsAt: 0,
      blockedUntil: 0,
      strikes: 0,
      strikesForgottenAt: 0,
    };
    this.counters.set(id, counter);
    if (counter.windowEndsAt <= now) Object.assign(counter, { hits: 0, windowEndsAt: now + ttl });
    if (counter.strikesForgottenAt <= now) counter.strikes = 0;
    counter.hits += 1;
    if (counter.blockedUntil <= now && counter.hits > limit) {
      counter.strikes += 1;
      counter.blockedUntil = now + lockoutMs(blockDuration || ttl, counter.strikes, this.options.maxBlockMs);
      counter.strikesForgottenAt = counter.blockedUntil + this.options.maxBlockMs;
    }
    const blockedMs = Math.max(0, counter.blockedUntil - now);
    return {
      totalHits: counter.hits,
      timeToExpire: Math.ceil((counter.windowEndsAt - now) / 1000),
      isBlocked: blockedMs > 0,
      timeToBlockExpire: Math.ceil(blockedMs / 1000),
    };
  }

  onApplicationShutdown(): void {
    clearInterval(this.sweeper);
  }

  private sweep(): void {
    const now = Date.now();
    for (const [id, counter] of this.counters)
      if (counter.windowEndsAt <= now && counter.blockedUntil <= now && counter.strikesForgottenAt <= now)
        this.counters.delete(id);
  }
}
