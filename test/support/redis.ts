import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

export const uniqueRedisPrefix = (): string => `3ipet-test-${randomBytes(4).toString('hex')}`;

/** Removes this test's own keys, and nothing else. */
export async function deleteRedisKeys(redisUrl: string, prefix: string): Promise<void> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
      if (keys.length > 0) await redis.unlink(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
