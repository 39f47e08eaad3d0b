import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { Logger } from '@nestjs/common';
import { Redis } from 'ioredis';
import { testEnv } from '../../../../../test/support/env';
import { type HostRateLimiter, refill } from './host-rate-limiter';
import { MemoryHostRateLimiter } from './memory-host-rate-limiter';
import { RedisHostRateLimiter } from './redis-host-rate-limiter';

const redisUrl = testEnv.redisUrl;
const settings = { ratePerSecond: 10, burst: 3 };
/** One token a second: a loaded machine's pauses between takes stay far below the wait asserted. */
const sharedSettings = { ratePerSecond: 1, burst: 3 };

describe('token bucket arithmetic', () => {
  it('spends the burst, then answers how long until the next token', () => {
    let bucket = { tokens: 3, atMs: 0 };
    const waits = [];
    for (let i = 0; i < 4; i += 1) {
      const result = refill(bucket, 0, settings);
      bucket = result;
      waits.push(result.waitMs);
    }
    expect(waits).toEqual([0, 0, 0, 100]);
    expect(refill(bucket, 100, settings).waitMs).toBe(0);
    expect(refill({ tokens: 0, atMs: 0 }, 10_000, settings).tokens).toBe(2);
  });
});

const drivers: [
  string,
  () => { limiter: HostRateLimiter; other: HostRateLimiter; close(): Promise<void> },
][] = [
  [
    'memory',
    () => {
      const limiter = new MemoryHostRateLimiter(sharedSettings);
      return { limiter, other: limiter, close: async () => undefined };
    },
  ],
  ...(redisUrl
    ? [
        [
          'redis (two workers)',
          () => {
            const prefix = `3ipet-test-${randomBytes(4).toString('hex')}`;
            const limiter = new RedisHostRateLimiter(redisUrl, prefix, sharedSettings);
            const other = new RedisHostRateLimiter(redisUrl, prefix, sharedSettings);
            return {
              limiter,
              other,
              close: async () => {
                await Promise.all([limiter.onApplicationShutdown(), other.onApplicationShutdown()]);
                const redis = new Redis(redisUrl);
                for await (const keys of redis.scanStream({ match: `${prefix}:*` }) as AsyncIterable<
                  string[]
                >) {
                  if (keys.length > 0) await redis.unlink(...keys);
                }
                await redis.quit();
              },
            };
          },
        ] as [string, () => { limiter: HostRateLimiter; other: HostRateLimiter; close(): Promise<void> }],
      ]
    : []),
];

describe.each(drivers)('HostRateLimiter (%s)', (_name, make) => {
  it('shares one bucket per host, and hosts do not share', async () => {
    const { limiter, other, close } = make();
    try {
      const waits = [
        await limiter.take('a.example.org'),
        await other.take('a.example.org'),
        await limiter.take('a.example.org'),
        await other.take('a.example.org'),
      ];
      expect(waits.slice(0, 3)).toEqual([0, 0, 0]);
      expect(waits[3]).toBeGreaterThan(500);
      expect(waits[3]).toBeLessThanOrEqual(1000);
      expect(await other.take('b.example.org:8443')).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, waits[3] + 5));
      expect(await limiter.take('a.example.org')).toBe(0);
    } finally {
      await close();
    }
  });
});

describe('RedisHostRateLimiter with Redis out of reach', () => {
  it('fails each take at once and tells the outage in one line, not one per try', async () => {
    const port = await closedPort();
    const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const warnings = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    const limiter = new RedisHostRateLimiter(`redis://127.0.0.1:${port}`, 'unreachable', settings);
    try {
      for (let i = 0; i < 3; i += 1) {
        const started = Date.now();
        await expect(limiter.take('a.example.org')).rejects.toThrow();
        expect(Date.now() - started).toBeLessThan(5_000);
      }
      expect(limiter.isDown).toBe(true);
      const outageLines = errors.mock.calls.filter(([message]) =>
        String(message).includes('Redis connection lost'),
      );
      expect(outageLines).toHaveLength(1);
      expect(String(outageLines[0][0])).toContain('webhook deliveries fail and are retried');
      expect(warnings).not.toHaveBeenCalled();
    } finally {
      await limiter.onApplicationShutdown();
      errors.mockRestore();
      warnings.mockRestore();
    }
  });
});

/** A local port nothing listens on. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}
