import { Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import { ConnectionOutageLog } from '@3ipet/queue';
import { type BucketSettings, HostRateLimiter } from './host-rate-limiter';

/** refill() in Lua, on Redis time, so every worker draws from the same bucket atomically. */
const TAKE_TOKEN = `
local rate = tonumber(ARGV[1]) / 1000
local burst = tonumber(ARGV[2])
local clock = redis.call('TIME')
local now = clock[1] * 1000 + math.floor(clock[2] / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + (now - at) * rate)
local wait = 0
if tokens >= 1 then tokens = tokens - 1 else wait = math.ceil((1 - tokens) / rate) end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
redis.call('PEXPIRE', KEYS[1], math.ceil(burst / rate) + 1000)
return wait`;

/** Buckets shared by every worker through Redis. */
export class RedisHostRateLimiter extends HostRateLimiter implements OnApplicationShutdown {
  private readonly logger = new Logger(RedisHostRateLimiter.name);
  private readonly redis: Redis;
  private readonly outage: ConnectionOutageLog;

  constructor(
    redisUrl: string,
    private readonly keyPrefix: string,
    private readonly settings: BucketSettings,
  ) {
    super();
    // Bounded: a delivery waiting on a Redis that is down should fail and be retried, not hang.
    this.redis = new Redis(redisUrl, { maxRetriesPerRequest: 2, commandTimeout: 2000, lazyConnect: true });
    // One line when Redis goes away and one when it is back, not one per failed try.
    this.outage = new ConnectionOutageLog(
      this.redis,
      this.logger,
      'webhook deliveries fail and are retried until it is back',
    );
    this.redis.defineCommand('takeToken', { numberOfKeys: 1, lua: TAKE_TOKEN });
  }

  /** Whether the shared buckets are out of reach (Redis down): deliveries fail and are retried meanwhile. */
  get isDown(): boolean {
    return this.outage.isDown;
  }

  async take(host: string): Promise<number> {
    const takeToken = (this.redis as unknown as Record<string, (...args: unknown[]) => Promise<number>>)
      .takeToken;
    const key = `${this.keyPrefix}:webhook-rate:${host}`;
    return Number(await takeToken.call(this.redis, key, this.settings.ratePerSecond, this.settings.burst));
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.redis.status === 'ready') await this.redis.quit();
    else this.redis.disconnect();
  }
}
