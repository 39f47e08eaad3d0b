import fc from 'fast-check';
import { TermDictionary } from './term-dictionary';
import { expandWord } from './term-expansion';
import { scanSameInitial, typoBudget } from './typo-scan';

/** Optimal string alignment distance, written the plain way. */
function osaDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

function expectedMatches(
  terms: string[],
  word: string,
  maxTypos: number,
  prefix: boolean,
): Map<string, number> {
  const expected = new Map<string, number>();
  for (const term of terms) {
    if (term[0] !== word[0]) continue;
    const candidates = prefix ? Array.from({ length: term.length }, (_, i) => term.slice(0, i + 1)) : [term];
    const distance = Math.min(
      ...candidates.map((candidate) => osaDistance(word.slice(1), candidate.slice(1))),
    );
    if (distance <= maxTypos) expected.set(term, distance);
  }
  return expected;
}

describe('typo budget', () => {
  it('follows Meilisearch: none under 5 characters, 1 up to 8, 2 from 9', () => {
    expect(['kiln', 'sensor', 'scrubber', 'precipitator'].map(typoBudget)).toEqual([0, 1, 1, 2]);
    expect(typoBudget('除尘器除尘器')).toBe(1);
  });
});

describe('scanSameInitial', () => {
  it('finds exactly the terms a brute-force edit distance finds, in both modes', () => {
    const word = fc.stringMatching(/^[abcd]{1,7}$/);
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 40 }),
        word,
        fc.integer({ min: 0, max: 2 }),
        fc.boolean(),
        (terms, query, maxTypos, prefix) => {
          const sorted = [...terms].sort();
          const found = new Map<string, number>();
          scanSameInitial(sorted, query, maxTypos, prefix, (term, typos) => found.set(term, typos));
          expect(found).toEqual(expectedMatches(sorted, query, maxTypos, prefix));
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('expandWord', () => {
  const dictionary = new TermDictionary();
  [
    'saturday',
    'satuday',
    'caturday',
    'precipitator',
    'precipitators',
    'lectrostatic',
    'electrostatic',
    'kiln',
    'kilns',
  ].forEach((term, slot) => dictionary.add(term, slot, 0));
  const expand = (word: string, prefix = false, typoTolerance = true) =>
    Object.fromEntries(expandWord(dictionary, word, { prefix, typoTolerance }).map((e) => [e.term, e.typos]));

  it('counts a typo on the first letter as two', () => {
    expect(expand('saturday')).toEqual({ saturday: 0, satuday: 1 });
    expect(expand('electrostatic')).toEqual({ electrostatic: 0, lectrostatic: 2 });
  });

  it('matches short words exactly, and as a prefix when last', () => {
    expect(expand('kiln')).toEqual({ kiln: 0 });
    expect(expand('kilm')).toEqual({});
    expect(expand('kil', true)).toEqual({ kiln: 0, kilns: 0 });
  });

  it('lets the last word match a prefix with typos', () => {
    expect(expand('precipiat', true)).toEqual({ precipitator: 1, precipitators: 1 });
  });

  it('matches exactly only when typo tolerance is off', () => {
    expect(expand('satuday', false, false)).toEqual({ satuday: 0 });
    expect(expand('saturdy', false, false)).toEqual({});
  });
});
