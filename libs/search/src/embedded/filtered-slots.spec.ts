import type { FilterClause, IndexSettings, SearchDocument } from '../search.types';
import { EmbeddedSearchEngine } from './embedded-search-engine';

const settings: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['title'],
  filterableAttributes: ['tags', 'country', 'trl'],
  sortableAttributes: ['trl'],
  facetable: ['tags'],
  synonyms: {},
  typoTolerance: true,
};

const TAGS = ['nox', 'sox', 'pm2.5', 'voc', 'co'];
const COUNTRIES = ['IN', 'NP', 'LK', 'BD', 'CN'];

/** A small deterministic generator: the same documents on every run. */
function documents(count: number, seed: number, prefix: string): SearchDocument[] {
  let state = seed;
  const next = (n: number) => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state % n;
  };
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i}`,
    title: `listing ${i}`,
    tags: [...new Set(Array.from({ length: 1 + next(3) }, () => TAGS[next(TAGS.length)]))],
    country: COUNTRIES[next(COUNTRIES.length)],
    trl: 1 + next(9),
  }));
}

function passes(doc: SearchDocument, clause: FilterClause): boolean {
  const held = ([] as unknown[]).concat(doc[clause.field]);
  if (clause.op === 'in') return held.some((value) => clause.values.includes(value as string));
  if (clause.op === 'gte') return held.some((value) => (value as number) >= (clause.value as number));
  throw new Error(`not used here: ${clause.op}`);
}

const QUERIES: FilterClause[][] = [
  [{ field: 'tags', op: 'in', values: ['nox'] }],
  [
    { field: 'tags', op: 'in', values: ['nox', 'sox'] },
    { field: 'country', op: 'in', values: ['IN', 'NP'] },
  ],
  [
    { field: 'tags', op: 'in', values: ['voc'] },
    { field: 'tags', op: 'in', values: ['co'] },
    { field: 'trl', op: 'gte', value: 7 },
  ],
  [{ field: 'country', op: 'in', values: ['XX'] }],
  [{ field: 'tags', op: 'in', values: ['new-tag', 'sox'] }],
];

describe('filtered queries, read from the inverted rows of their most selective filter', () => {
  it('find every live document passing all filters, each once, through appends, deletes and compaction', async () => {
    const engine = new EmbeddedSearchEngine();
    await engine.configureIndex('items', settings);
    const live = new Map<string, SearchDocument>();
    const write = async (docs: SearchDocument[]) => {
      await engine.upsert('items', docs);
      for (const doc of docs) live.set(doc.id as string, doc);
    };
    const check = async () => {
      for (const filters of QUERIES) {
        const expected = [...live.values()].filter((doc) => filters.every((clause) => passes(doc, clause)));
        const result = await engine.search('items', {
          q: '',
          filters,
          facets: ['tags'],
          page: 1,
          limit: 100,
          sort: [{ field: 'trl', direction: 'desc' }],
        });
        expect(result.total).toBe(expected.length);
        const best = [...expected]
          .sort((a, b) => (b.trl as number) - (a.trl as number))
          .slice(0, 100)
          .map((doc) => doc.trl);
        expect(result.hits.map((hit) => hit.document.trl)).toEqual(best);
        expect(new Set(result.hits.map((hit) => hit.id)).size).toBe(result.hits.length);
        const tagCounts: Record<string, number> = {};
        for (const doc of expected)
          for (const tag of doc.tags as string[]) tagCounts[tag] = (tagCounts[tag] ?? 0) + 1;
        expect(result.facets.tags).toEqual(expect.objectContaining(tagCounts));
        // Every title but one holds "listing": with that text the same documents come, the same way sorted.
        const withText = await engine.search('items', {
          q: 'listing',
          filters,
          facets: [],
          page: 1,
          limit: 100,
          sort: [{ field: 'trl', direction: 'desc' }],
        });
        const titled = expected.filter((doc) => doc.title !== 'new');
        expect(withText.total).toBe(titled.length);
        const bestTitled = titled
          .map((doc) => doc.trl as number)
          .sort((a, b) => b - a)
          .slice(0, 100);
        expect(withText.hits.map((hit) => hit.document.trl)).toEqual(bestTitled);
        const passing = new Set(titled.map((doc) => doc.id));
        expect(withText.hits.every((hit) => passing.has(hit.id))).toBe(true);
      }
    };

    await write(documents(6000, 1, 'a'));
    await check();
    // A tail of slots appended after the inverted rows were built, some replacing earlier documents.
    await write([...documents(300, 2, 'b'), ...documents(200, 3, 'a')]);
    await write([{ id: 'c0', title: 'new', tags: ['new-tag'], country: 'IN', trl: 9 }]);
    await check();
    // Enough deletes to compact the index and renumber its slots.
    const gone = [...live.keys()].filter((_, i) => i % 3 === 0);
    await engine.delete('items', gone);
    for (const id of gone) live.delete(id);
    await check();
    await write(documents(5000, 4, 'd'));
    await check();
  });
});
