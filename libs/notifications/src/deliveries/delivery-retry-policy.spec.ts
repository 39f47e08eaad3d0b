import { loadConfig } from '@3ipet/config';
import { DeliveryRetryPolicy } from './delivery-retry-policy';

describe('DeliveryRetryPolicy', () => {
  it('waits the base delay, doubling per retry, with up to 25 % taken off at random', () => {
    const policy = new DeliveryRetryPolicy(
      loadConfig({ NOTIFICATION_RETRY_BASE_MS: '1000', NOTIFICATION_MAX_ATTEMPTS: '6' }),
    );
    expect(policy.maxAttempts).toBe(6);
    for (const [attempt, ceiling] of [
      [1, 1000],
      [2, 2000],
      [3, 4000],
      [4, 8000],
      [5, 16000],
    ]) {
      const delays = Array.from({ length: 200 }, () => policy.delayAfter(attempt));
      expect(Math.max(...delays)).toBeLessThanOrEqual(ceiling);
      expect(Math.min(...delays)).toBeGreaterThanOrEqual(ceiling * 0.75);
      expect(new Set(delays).size).toBeGreaterThan(1);
    }
  });
});
