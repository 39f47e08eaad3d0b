/** Share of each retry delay that is randomised, so jobs that failed together do not retry together. */
export const BACKOFF_JITTER = 0.25;

/** BullMQ's exponential strategy: the n-th retry waits in [(1 - jitter)·d·2ⁿ⁻¹, d·2ⁿ⁻¹]. */
export function exponentialBackoffMs(baseDelayMs: number, retry: number, random: () => number = Math.random) {
  const maxDelay = Math.round(2 ** (retry - 1) * baseDelayMs);
  return Math.floor(maxDelay * (1 - BACKOFF_JITTER) + random() * maxDelay * BACKOFF_JITTER);
}
