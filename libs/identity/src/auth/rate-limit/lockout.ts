/** Of the exponent: 2^20 minutes is beyond any sensible cap already. */
const MAX_DOUBLINGS = 20;

/**
 * How long a key stays locked after its `strikes`-th time over the limit: the base, doubled per earlier strike,
 * capped. Strikes are forgotten a cap's length after the last lockout ends, so a key that keeps coming back
 * stays at the cap and one that behaves starts over.
 */
export function lockoutMs(baseMs: number, strikes: number, maxMs: number): number {
  return Math.min(baseMs * 2 ** Math.min(strikes - 1, MAX_DOUBLINGS), Math.max(maxMs, baseMs));
}

/** Settings every rate-limit storage shares. */
export interface LockoutOptions {
  /** Cap of the growing lockout (ms). */
  maxBlockMs: number;
}
