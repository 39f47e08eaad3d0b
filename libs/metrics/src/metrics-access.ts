import { createHash, timingSafeEqual } from 'node:crypto';
import type { AppConfig } from '@3ipet/config';

export type MetricsAccess = 'allowed' | 'unauthorized' | 'not-served';

/**
 * Who may read `/metrics`: with METRICS_TOKEN set, only a caller sending it as a Bearer token; without one,
 * anyone outside production, and nobody in production (the endpoint is not served, so it cannot leak).
 */
export function metricsAccessRule(config: AppConfig): (authorization: string | undefined) => MetricsAccess {
  const token = config.env.METRICS_TOKEN;
  if (token === undefined) {
    const open = config.env.NODE_ENV !== 'production';
    return () => (open ? 'allowed' : 'not-served');
  }
  const expected = digest(`Bearer ${token}`);
  // Compared as digests: constant time, whatever the length of what the caller sent.
  return (authorization) =>
    authorization !== undefined && timingSafeEqual(digest(authorization), expected)
      ? 'allowed'
      : 'unauthorized';
}

const digest = (text: string) => createHash('sha256').update(text).digest();
