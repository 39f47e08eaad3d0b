import { exponentialBackoffMs } from './backoff';

describe('exponentialBackoffMs', () => {
  it('doubles the delay per retry, jittered down by at most a quarter', () => {
    const lowest = [1, 2, 3, 4].map((retry) => exponentialBackoffMs(1000, retry, () => 0));
    const highest = [1, 2, 3, 4].map((retry) => exponentialBackoffMs(1000, retry, () => 0.999_999));

    expect(lowest).toEqual([750, 1500, 3000, 6000]);
    expect(highest).toEqual([999, 1999, 3999, 7999]);
  });

  it('retries at once when the base delay is zero', () => {
    expect(exponentialBackoffMs(0, 3)).toBe(0);
  });
});
