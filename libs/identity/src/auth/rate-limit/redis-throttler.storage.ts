import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { ThrottlerStorage } from '@nestjs/throttler';
import { Redis } from 'ioredis';
import { LockoutOptions } from './lockout';
import { LockoutMemoryStorage } from './lockout-memory.storage';

type ThrottlerStorageRecord = Awaited<ReturnType<ThrottlerStorage['increment']>>;

/**
 * Fixed window counter, block key and strike count, in one Lua script so that concurrent instances never lose
 * an increment: KEYS[1] hits, KEYS[2] block marker, KEYS[3] strikes; ARGV ttl ms, limit, block ms, max block ms.
 * Each time the limit is passed the block lasts twice the last one (see lockout.ts), up to the max.
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
  local base = tonumber(ARGV[3])
  if base <= 0 then base = tonumber(ARGV[1]) end
  local max = math.max(tonumber(ARGV[4]), base)
  local strikes = redis.call('INCR', KEYS[3])
  blocked = math.floor(math.min(base * 2 ^ math.min(strikes - 1, 20), max))
  redis.call('SET', KEYS[2], '1', 'PX', blocked)
  redis.call('PEXPIRE', KEYS[3], blocked + max)
end
return { hits, window, blocked }
`;

/** After a failed command on a connection that still looks fine (a hung server), try Redis again this late. */
const PROBE_AFTER_MS = 5_000;

export interface RedisThrottlerOptions extends LockoutOptions {
  /** Where the outage and its end are told (once each). */
  logger?: Pick<Logger, 'warn' | 'log'>;
  /** Longest wait for one Redis command before the limit is counted in memory instead. */
  commandTimeoutMs?: number;
}

/**
 * Rate-limit counters shared by every api instance through Redis. While Redis is unreachable the limit holds per
 * instance, in memory, and a sign-in does not wait for Redis: the outage is noticed from the connection's events
 * (or one timed-out command), told once, and Redis is used again as soon as it is back (told once too).
 */
export class RedisThrottlerStorage implements ThrottlerStorage, OnApplicationShutdown {
  private readonly logger: Pick<Logger, 'warn' | 'log'>;
  private readonly fallback: LockoutMemoryStorage;
  private outageSince: number | null = null;
  private probeAt = 0;

  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly options: RedisThrottlerOptions,
  ) {
    this.logger = options.logger ?? new Logger(RedisThrottlerStorage.name);
    this.fallback = new LockoutMemoryStorage(options);
    redis.on('error', (error: Error) => this.markDown(error.message));
    redis.on('close', () => this.markDown('connection closed'));
    redis.on('ready', () => this.markUp());
  }

  static connect(redisUrl: string, keyPrefix: string, options: RedisThrottlerOptions): RedisThrottlerStorage {
    const redis = new Redis(redisUrl, {
      // A command waits in the offline queue only while the first connection is being made; once an outage is
      // known no command is sent until the connection is ready again.
      maxRetriesPerRequest: 1,
      commandTimeout: options.commandTimeoutMs ?? 1000,
      connectTimeout: 2000,
    });
    return new RedisThrottlerStorage(redis, keyPrefix, options);
  }

  async increment(
    key: string,
    ttl: number,
    limit: number,
    blockDuration: number,
    throttlerName: string,
  ): Promise<ThrottlerStorageRecord> {
    if (!this.redisUsable()) return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    // The hash tag keeps the keys in one Redis Cluster slot, as a multi-key script requires.
    const base = `${this.keyPrefix}:throttle:{${throttlerName}:${key}}`;
    let reply: [number, number, number];
    try {
      reply = (await this.redis.eval(
        HIT_SCRIPT,
        3,
        `${base}:hits`,
        `${base}:block`,
        `${base}:strikes`,
        ttl,
        limit,
        blockDuration,
        this.options.maxBlockMs,
      )) as [number, number, number];
    } catch (error) {
      this.markDown((error as Error).message);
      return this.fallback.increment(key, ttl, limit, blockDuration, throttlerName);
    }
    this.markUp();
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
    this.redis.removeAllListeners('close');
    if (this.redis.status === 'ready') await this.redis.quit();
    else this.redis.disconnect();
  }

  private redisUsable(): boolean {
    if (this.outageSince === null) return true;
    return this.redis.status === 'ready' && Date.now() >= this.probeAt;
  }

  private markDown(reason: string): void {
    this.probeAt = Date.now() + PROBE_AFTER_MS;
    if (this.outageSince !== null) return;
    this.outageSince = Date.now();
    this.logger.warn(
      `Redis for rate limits is unreachable (${reason}): counting attempts in this process until it is back`,
    );
  }

  private markUp(): void {
    this.probeAt = 0;
    if (this.outageSince === null) return;
    const seconds = ((Date.now() - this.outageSince) / 1000).toFixed(1);
    this.outageSince = null;
    this.logger.log(
      `Redis for rate limits is back after ${seconds} s: attempts are counted across instances again`,
    );
  }
}
