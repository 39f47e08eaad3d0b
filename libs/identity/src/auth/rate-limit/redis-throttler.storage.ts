import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage, ThrottlerStorageService } from '@nestjs/throttler';
import { Redis } from 'ioredis';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Fixed window counter plus a block key, in one Lua script so that concurrent instances never
 * lose an increment: KEYS[1] hits, KEYS[2] block marker; ARGV ttl ms, limit, block ms.
 * Returns { hits, ms until the window ends, ms until the block ends (0 when not blocked) }.
 */
const HIT_SCRIPT = `
local hits = redis.call('INCR', KEYS[1])
if hits == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
local window = redis.call('PTTL', KEYS[1])
if window < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); window = tonumber(ARGV[1]) end
local blocked = redis.call('PTTL', KEYS[2])
if blocked < 0 then blocked = 0 end
if blocked == 0 and hits > tonumber(ARGV[2]) then
  if tonumber(ARGV[3]) > 0 then
    redis.call('SET', KEYS[2], '1', 'PX', ARGV[3])
    blocked = tonumber(ARGV[3])
  else
    blocked = window
  end
end
return { hits, window, blocked }
`;

/** Rate-limit counters shared by every api instance through Redis. */
export class RedisThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger = new Logger(RedisThrottlerStorage.name);
  // Used only while Redis is unreachable: the limit then holds per instance instead of not at all.
  private readonly fallback = new ThrottlerStorageService();

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
  ) {}

  static connect(redisUrl: string, keyPrefix: string): RedisThrottlerStorage {
    // Bounded waits: while Redis is away a sign-in falls back to the in-memory limit within about a second.
    const redis = new Redis(redisUrl, {
      maxRetriesPerRequest: 1,
      commandTimeout: 1000,
      connectTimeout: 2000,
    });
    const storage = new RedisThrottlerStorage(redis, keyPrefix);
    redis.on('error', (error: Error) => storage.logger.warn(`Redis for rate limits: ${error.message}`));
    return storage;
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    // The hash tag keeps both keys in one Redis Cluster slot, as a multi-key script requires.
    const base = `${this.keyPrefix}:throttle:{${throttlerName}:${key}}`;
    let reply: [number, number, number];
    try {
      reply = (await this.redis.eval(
        HIT_SCRIPT,
        2,
        `${base}:hits`,
        `${base}:block`,
        ttl,
        limit,
        blockDuration,
      )) as [number, number, number];
    } catch (error) {
      this.logger.warn(`Rate limit counted in memory, Redis failed: ${(error as Error).message}`);
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
    const [totalHits, windowMs, blockMs] = reply;
    return {
      totalHits,
      timeToExpire: Math.ceil(windowMs / 1000),
      isBlocked: blockMs > 0,
      timeToBlockExpire: Math.ceil(blockMs / 1000),
    };
  }

  async onApplicationShutdown(): Promise<void> {
    this.fallback.onApplicationShutdown();
    if (this.redis.status === 'ready') await this.redis.quit();
    else this.redis.disconnect();
  }
}
