import { CallCoalescer } from './call-coalescer';

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('CallCoalescer', () => {
  it('runs the first call at once and the calls that arrive meanwhile as one batch', async () => {
    const batches: number[][] = [];
    const coalescer = new CallCoalescer<number, number>(async (items) => {
      batches.push(items);
      await tick();
      return items.map((n) => n * 10);
    });
    const results = await Promise.all([1, 2, 3, 4].map((n) => coalescer.submit(n)));
    expect(results).toEqual([10, 20, 30, 40]);
    expect(batches).toEqual([[1], [2, 3, 4]]);
  });

  it('keeps the items submitted together in one batch, after the one running', async () => {
    const batches: string[][] = [];
    const coalescer = new CallCoalescer<string, string>(async (items) => {
      batches.push(items);
      await tick();
      return items.map((item) => item.toUpperCase());
    });
    const results = await Promise.all([
      coalescer.submitAll(['a', 'b']),
      coalescer.submitAll(['c', 'd', 'e']),
      coalescer.submit('f'),
    ]);
    expect(results).toEqual([['A', 'B'], ['C', 'D', 'E'], 'F']);
    expect(batches).toEqual([
      ['a', 'b'],
      ['c', 'd', 'e', 'f'],
    ]);
  });

  it('answers an empty group at once, without running a batch', async () => {
    let batches = 0;
    const coalescer = new CallCoalescer<number, number>(async (items) => {
      batches += 1;
      return items;
    });
    await expect(coalescer.submitAll([])).resolves.toEqual([]);
    expect(batches).toBe(0);
  });

  it('never puts more than maxBatch items in one batch', async () => {
    const sizes: number[] = [];
    const coalescer = new CallCoalescer<number, number>(
      async (items) => {
        sizes.push(items.length);
        await tick();
        return items;
      },
      { maxBatch: 2 },
    );
    await Promise.all([1, 2, 3, 4, 5, 6].map((n) => coalescer.submit(n)));
    expect(Math.max(...sizes)).toBe(2);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(6);
  });

  it('keeps at most maxInFlight batches running', async () => {
    let running = 0;
    let most = 0;
    const coalescer = new CallCoalescer<number, number>(
      async (items) => {
        most = Math.max(most, ++running);
        await tick();
        running -= 1;
        return items;
      },
      { maxBatch: 1, maxInFlight: 2 },
    );
    await Promise.all(Array.from({ length: 8 }, (_, n) => coalescer.submit(n)));
    expect(most).toBe(2);
  });

  it('retries a failed batch item by item, so only the bad item fails', async () => {
    const coalescer = new CallCoalescer<number, string>(async (items) => {
      await tick();
      if (items.includes(3)) throw new Error(`batch with 3 refused (${items.length} items)`);
      return items.map(String);
    });
    const outcomes = await Promise.allSettled([1, 2, 3, 4].map((n) => coalescer.submit(n)));
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[2] as PromiseRejectedResult).reason.message).toBe('batch with 3 refused (1 items)');
  });

  it('rejects every caller of a batch that returned the wrong number of results', async () => {
    const coalescer = new CallCoalescer<number, number>(async (items) => items.slice(1));
    await expect(coalescer.submit(1)).rejects.toThrow('A batch of 1 returned 0 results');
  });

  it('goes on with later calls after a failure', async () => {
    let fail = true;
    const coalescer = new CallCoalescer<number, number>(async (items) => {
      if (fail) throw new Error('down');
      return items;
    });
    await expect(coalescer.submit(1)).rejects.toThrow('down');
    fail = false;
    await expect(coalescer.submit(2)).resolves.toBe(2);
  });
});
