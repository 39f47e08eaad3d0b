import { LruSet } from './lru-set';

describe('LruSet', () => {
  it('evicts the least recently used member beyond its capacity', () => {
    const set = new LruSet<string>(2);
    set.add('a');
    set.add('b');
    expect(set.has('a')).toBe(true);
    set.add('c');

    expect(set.has('b')).toBe(false);
    expect(set.has('a')).toBe(true);
    expect(set.has('c')).toBe(true);
    expect(set.size).toBe(2);
  });

  it('refuses a capacity below one', () => {
    expect(() => new LruSet(0)).toThrow('LruSet capacity must be ≥ 1, got 0');
  });
});
