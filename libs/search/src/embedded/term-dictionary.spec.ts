import fc from 'fast-check';
import { lowerBound, TermDictionary } from './term-dictionary';

describe('lowerBound', () => {
  it('finds the first term not below the key, from any start at or before it', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ maxLength: 4 })),
        fc.string({ maxLength: 4 }),
        fc.nat(),
        (terms, key, start) => {
          const sorted = [...terms].sort();
          const expected = sorted.findIndex((term) => term >= key);
          const answer = expected < 0 ? sorted.length : expected;
          expect(lowerBound(sorted, key, Math.min(start, answer))).toBe(answer);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('TermDictionary', () => {
  it('keeps one pair per slot with the best meta, and merges new terms into sorted order', () => {
    const terms = new TermDictionary();
    terms.add('kiln', 0, 30);
    terms.add('kiln', 0, 10);
    terms.add('brick', 0, 20);
    expect(terms.sortedTerms()).toEqual(['brick', 'kiln']);
    terms.add('cement', 1, 5);
    terms.add('kiln', 1, 7);
    expect(terms.sortedTerms()).toEqual(['brick', 'cement', 'kiln']);
    expect(terms.postingsInTermOrder().map((posting) => posting.length / 2)).toEqual([1, 1, 2]);
    expect(Array.from(terms.get('kiln')?.data.subarray(0, 4) ?? [])).toEqual([0, 10, 1, 7]);
    expect(terms.prefixRange('ce')).toEqual([1, 2]);
  });

  it('renumbers slots on compaction and forgets terms left without documents', () => {
    const terms = new TermDictionary();
    terms.add('brick', 0, 1);
    terms.add('kiln', 0, 1);
    terms.add('kiln', 1, 2);
    terms.add('cement', 2, 3);
    terms.compact(Int32Array.from([-1, 0, 1]));
    expect(terms.sortedTerms()).toEqual(['cement', 'kiln']);
    expect(Array.from(terms.get('kiln')?.data.subarray(0, 2) ?? [])).toEqual([0, 2]);
    expect(Array.from(terms.get('cement')?.data.subarray(0, 2) ?? [])).toEqual([1, 3]);
    expect(terms.get('brick')).toBeUndefined();
    expect([...terms.initials()].sort()).toEqual(['c', 'k']);
  });
});
