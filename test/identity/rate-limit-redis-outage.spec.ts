import { RedisThrottlerStorage } from '@3ipet/identity';
import { OwnRedis } from '../notifications/support/processes';
import { waitFor } from '../notifications/support/tally';
import { uniqueRedisPrefix } from '../support/redis';

const MINUTE = 60_000;
const LIMIT = 3;

/**
 * A Redis of this suite's own, stopped and started again: while it is away, sign-in is counted in memory without
 * waiting for Redis, the outage is logged once, and its end once; then the count is shared again.
 */
describe('rate limits while the shared Redis goes away and comes back', () => {
  const redis = new OwnRedis();
  const logged = { warn: [] as string[], log: [] as string[] };
  const logger = {
    warn: (message: string) => logged.warn.push(message),
    log: (message: string) => logged.log.push(message),
  };
  const secondBack: string[] = [];
  let first: RedisThrottlerStorage;
  let second: RedisThrottlerStorage;

  beforeAll(async () => {
    await redis.start();
    const prefix = uniqueRedisPrefix();
    // A command timeout far longer than the bound below: failing fast must not come from timing out.
    const options = { maxBlockMs: MINUTE, logger, commandTimeoutMs: 10_000 };
    first = RedisThrottlerStorage.connect(redis.url, prefix, options);
    second = RedisThrottlerStorage.connect(redis.url, prefix, {
      ...options,
      logger: { warn: () => undefined, log: (message: string) => secondBack.push(message) },
    });
  });
  afterAll(async () => {
    await first?.onApplicationShutdown();
    await second?.onApplicationShutdown();
    await redis.remove();
  });

  const hit = (storage: RedisThrottlerStorage, key: string) =>
    storage.increment(key, MINUTE, LIMIT, MINUTE, 'auth');

  it('shares the count while Redis is up', async () => {
    await hit(first, 'shared');
    expect((await hit(second, 'shared')).totalHits).toBe(2);
    expect(logged).toEqual({ warn: [], log: [] });
  });

  it('counts in memory at once while Redis is down, still limits, and says so once', async () => {
    await redis.stop();
    await waitFor('the outage to be noticed', () => logged.warn.length > 0, 5_000);

    const started = performance.now();
    const records = [];
    for (let i = 0; i < 20; i++) records.push(await hit(first, 'while-down'));
    const elapsedMs = performance.now() - started;
    // Before: each attempt waited for Redis (about a second each). A wide bound: this is not a benchmark.
    expect(elapsedMs).toBeLessThan(1_000);
    expect(records.map((record) => record.isBlocked)).toEqual(
      Array.from({ length: 20 }, (_, i) => i >= LIMIT),
    );

    // The client keeps trying to reconnect (and failing) meanwhile: still one line.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(logged.warn).toHaveLength(1);
    expect(logged.warn[0]).toMatch(/Redis for rate limits is unreachable/);
    expect(logged.log).toEqual([]);
  }, 20_000);

  it('goes back to the shared count when Redis is back, and says so once', async () => {
    await redis.start();
    await waitFor('Redis to be back', () => logged.log.length > 0 && secondBack.length > 0, 10_000);
    expect(logged.log).toHaveLength(1);
    expect(logged.log[0]).toMatch(/Redis for rate limits is back/);

    await hit(first, 'after');
    expect((await hit(second, 'after')).totalHits).toBe(2);
    expect(logged.warn).toHaveLength(1);
  }, 20_000);
});
