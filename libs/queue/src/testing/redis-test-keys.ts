import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** A prefix no other test run or app shares; tests delete only keys under it. */
export function uniqueTestPrefix(): string {
  return `3ipet-test-${randomBytes(6).toString('hex')}`;
}

export async function deleteKeysWithPrefix(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { lazyConnect: true });
  await redis.connect();
  try {
    let deleted = 0;
    for await (const keys of redis.scanStream({ match: `${prefix}*`, count: 500 }) as AsyncIterable<
      string[]
    >) {
      if (keys.length > 0) deleted += await redis.unlink(...keys);
    }
    return deleted;
  } finally {
    await redis.quit();
  }
}
