import type { ImpactView } from '../dto/impact.views';
import { IMPACT_MAX_AGE_MS, ImpactCache } from './impact-cache';

const figures = (connections: number) => ({ connections }) as unknown as ImpactView;

describe('impact cache', () => {
  it('shares one computation, recomputes after a change or once too old, and keeps no failure', async () => {
    const cache = new ImpactCache();
    let runs = 0;
    const compute = async () => figures(++runs);
    const [a, b] = await Promise.all([cache.get(compute, 0), cache.get(compute, 10)]);
    expect([a.connections, b.connections, runs]).toEqual([1, 1, 1]);
    cache.invalidate();
    expect((await cache.get(compute, 20)).connections).toBe(2);
    expect((await cache.get(compute, 20 + IMPACT_MAX_AGE_MS - 1)).connections).toBe(2);
    expect((await cache.get(compute, 20 + IMPACT_MAX_AGE_MS)).connections).toBe(3);
    const failing = new ImpactCache();
    await expect(failing.get(() => Promise.reject(new Error('database away')), 0)).rejects.toThrow(
      'database away',
    );
    expect((await failing.get(compute, 1)).connections).toBe(4);
  });
});
