import { type BucketSettings, HostRateLimiter, refill } from './host-rate-limiter';

/**
 * One process's buckets (the inline queue runs every delivery in this process, so nothing else shares them).
 */
export class MemoryHostRateLimiter extends HostRateLimiter {
  private readonly buckets = new Map<string, { tokens: number; atMs: number }>();

  constructor(private readonly settings: BucketSettings) {
    super();
  }

  async take(host: string): Promise<number> {
    const now = Date.now();
    const result = refill(
      this.buckets.get(host) ?? { tokens: this.settings.burst, atMs: now },
      now,
      this.settings,
    );
    this.buckets.set(host, { tokens: result.tokens, atMs: result.atMs });
    return result.waitMs;
  }
}
