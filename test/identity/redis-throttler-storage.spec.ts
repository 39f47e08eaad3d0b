import { Redis } from 'ioredis';
import { ThrottlerStorage } from '@nestjs/throttler';
import { LockoutMemoryStorage, RedisThrottlerStorage } from '@3ipet/identity';
import { testEnv } from '../support/env';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis';

const LIMIT = 3;
const MINUTE = 60_000;
const LOCKOUT = { maxBlockMs: 60 * MINUTE };
const redisLegs = testEnv.redisUrl ? [testEnv.redisUrl] : [];

// A leg per configured Redis; none on a machine without one (the unreachable-Redis suite below always runs).
for (const redisUrl of redisLegs)
  describe(`RedisThrottlerStorage shared by two api instances (${redisUrl})`, () => {
    const prefix = uniqueRedisPrefix();
    let first: RedisThrottlerStorage;
    let second: RedisThrottlerStorage;

    beforeAll(() => {
      first = RedisThrottlerStorage.connect(redisUrl, prefix, LOCKOUT);
      second = RedisThrottlerStorage.connect(redisUrl, prefix, LOCKOUT);
    });
    afterAll(async () => {
      await first.onApplicationShutdown();
      await second.onApplicationShutdown();
      await deleteRedisKeys(redisUrl, prefix);
    });

    it('counts hits from both instances against one limit, then blocks on both', async () => {
      const hits = [
        await first.increment('k1', MINUTE, LIMIT, MINUTE, 'auth'),
        await second.increment('k1', MINUTE, LIMIT, MINUTE, 'auth'),
        await first.increment('k1', MINUTE, LIMIT, MINUTE, 'auth'),
      ];
      expect(hits.map((record) => [record.totalHits, record.isBlocked])).toEqual([
        [1, false],
        [2, false],
        [3, false],
      ]);
      const fourth = await second.increment('k1', MINUTE, LIMIT, MINUTE, 'auth');
      expect(fourth).toMatchObject({ totalHits: 4, isBlocked: true, timeToBlockExpire: 60 });
      expect((await first.increment('k1', MINUTE, LIMIT, MINUTE, 'auth')).isBlocked).toBe(true);
      expect((await first.increment('k2', MINUTE, LIMIT, MINUTE, 'auth')).isBlocked).toBe(false);
    });

    it('loses no hit under concurrent increments from both instances', async () => {
      const records = await Promise.all(
        Array.from({ length: 40 }, (_, i) =>
          (i % 2 ? first : second).increment('burst', MINUTE, 100, MINUTE, 'auth'),
        ),
      );
      expect(records.map((record) => record.totalHits).sort((a, b) => a - b)).toEqual(
        Array.from({ length: 40 }, (_, i) => i + 1),
      );
    });

    it('opens again when the window and the block expire', async () => {
      for (let i = 0; i < LIMIT + 1; i++) await first.increment('short', 200, LIMIT, 200, 'auth');
      expect((await second.increment('short', 200, LIMIT, 200, 'auth')).isBlocked).toBe(true);
      await new Promise((resolve) => setTimeout(resolve, 350));
      expect(await second.increment('short', 200, LIMIT, 200, 'auth')).toMatchObject({
        totalHits: 1,
        isBlocked: false,
      });
    });

    it('keeps its keys under its prefix and sets an expiry on every key', async () => {
      const redis = new Redis(redisUrl);
      try {
        const keys = await redis.keys(`${prefix}:*`);
        expect(keys.length).toBeGreaterThan(0);
        for (const key of keys) expect(await redis.pttl(key)).toBeGreaterThan(0);
      } finally {
        redis.disconnect();
      }
    });
  });

describe('RedisThrottlerStorage while Redis is unreachable', () => {
  it('still limits, in this instance memory, instead of failing sign-in or letting everything through', async () => {
    const storage = RedisThrottlerStorage.connect('redis://127.0.0.1:1', uniqueRedisPrefix(), {
      ...LOCKOUT,
      logger: { warn: () => undefined, log: () => undefined },
    });
    try {
      const records = [];
      for (let i = 0; i < LIMIT + 1; i++)
        records.push(await storage.increment('k', MINUTE, LIMIT, MINUTE, 'auth'));
      expect(records.map((record) => record.isBlocked)).toEqual([false, false, false, true]);
    } finally {
      await storage.onApplicationShutdown();
    }
  });
});

const storages: [string, (prefix: string) => ThrottlerStorage & { onApplicationShutdown(): unknown }][] = [
  ['in memory', () => new LockoutMemoryStorage({ maxBlockMs: 2_000 })],
  ...redisLegs.map(
    (redisUrl) =>
      [
        `Redis ${redisUrl}`,
        (prefix: string) => RedisThrottlerStorage.connect(redisUrl, prefix, { maxBlockMs: 2_000 }),
      ] as [string, (prefix: string) => RedisThrottlerStorage],
  ),
];

describe.each(storages)('growing lockout (%s)', (_name, create) => {
  const prefix = uniqueRedisPrefix();
  afterAll(async () => {
    if (testEnv.redisUrl) await deleteRedisKeys(testEnv.redisUrl, prefix);
  });

  it('doubles the lockout each time the same key goes over its limit again, up to the cap', async () => {
    const storage = create(prefix);
    const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
    const hit = (key: string) => storage.increment(key, MINUTE, 1, 1_000, 'auth');
    try {
      expect((await hit('grow')).isBlocked).toBe(false);
      const lockouts: number[] = [];
      for (let strike = 0; strike < 3; strike++) {
        const record = await hit('grow');
        expect(record.isBlocked).toBe(true);
        lockouts.push(record.timeToBlockExpire);
        // Still locked just before its end: a hit while locked neither opens nor lengthens it.
        await sleep(record.timeToBlockExpire * 1000 - 300);
        expect(await hit('grow')).toMatchObject({ isBlocked: true, timeToBlockExpire: 1 });
        await sleep(400);
      }
      expect(lockouts).toEqual([1, 2, 2]);
      // Another key is not affected by this one's strikes.
      expect((await hit('other')).isBlocked).toBe(false);
    } finally {
      await storage.onApplicationShutdown();
    }
  }, 30_000);
});
