/**
 * A token bucket per receiving host, so one organisation's slow server is not flooded by a burst of
 * deliveries.
 */
export abstract class HostRateLimiter {
  /**
   * Takes a token for `host`; returns 0 when one was free, else how many ms until one will be (nothing
   * taken).
   */
  abstract take(host: string): Promise<number>;
}

export interface BucketSettings {
  ratePerSecond: number;
  burst: number;
}

/** The bucket arithmetic shared by both drivers (the Redis driver runs the same steps in Lua). */
export function refill(
  bucket: { tokens: number; atMs: number },
  nowMs: number,
  { ratePerSecond, burst }: BucketSettings,
) {
  const tokens = Math.min(burst, bucket.tokens + ((nowMs - bucket.atMs) * ratePerSecond) / 1000);
  if (tokens >= 1) return { tokens: tokens - 1, atMs: nowMs, waitMs: 0 };
  return { tokens, atMs: nowMs, waitMs: Math.ceil(((1 - tokens) * 1000) / ratePerSecond) };
}
