import { Fifo } from './fifo';

describe('Fifo', () => {
  it('keeps order across its internal compaction', () => {
    const fifo = new Fifo<number>();
    const taken: number[] = [];
    for (let value = 0; value < 5000; value += 1) {
      fifo.push(value);
      if (value % 2 === 1) taken.push(fifo.shift()!);
    }
    while (fifo.length > 0) taken.push(fifo.shift()!);

    expect(taken).toEqual(Array.from({ length: 5000 }, (_, index) => index));
    expect(fifo.shift()).toBeUndefined();
  });
});
