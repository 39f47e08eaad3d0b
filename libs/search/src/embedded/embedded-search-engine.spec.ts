import fc from 'fast-check';
import {
  SearchIndexNotFoundError,
  SearchInvalidSettingsError,
  SearchWriteRejectedError,
} from '../search.errors';
import type { FilterClause, IndexSettings, SearchDocument, SearchQuery } from '../search.types';
import { EmbeddedSearchEngine } from './embedded-search-engine';

const settings: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['title', 'summary', 'vendor.name'],
  filterableAttributes: ['tags', 'country', 'trl', 'verified', 'vendor.country', 'updatedOn'],
  sortableAttributes: ['trl', 'tags', 'updatedOn'],
  facetable: ['tags', 'country', 'trl'],
  synonyms: {},
  typoTolerance: true,
};

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  q: '',
  filters: [],
  facets: [],
  page: 1,
  limit: 100,
  ...overrides,
});

async function engineWith(
  docs: SearchDocument[],
  overrides: Partial<IndexSettings> = {},
): Promise<EmbeddedSearchEngine> {
  const engine = new EmbeddedSearchEngine();
  await engine.configureIndex('items', { ...settings, ...overrides });
  await engine.upsert('items', docs);
  return engine;
}

const ids = async (engine: EmbeddedSearchEngine, overrides: Partial<SearchQuery>) =>
  (await engine.search('items', query(overrides))).hits.map((hit) => hit.id);

describe('EmbeddedSearchEngine', () => {
  describe('writes', () => {
    it('applies concurrent writes in call order', async () => {
      const engine = await engineWith([]);
      const writes = [
        engine.upsert('items', [{ id: 'a', title: 'first' }]),
        engine.delete('items', ['a']),
        engine.upsert('items', [
          { id: 'a', title: 'second' },
          { id: 'b', title: 'other' },
        ]),
        engine.delete('items', ['b']),
      ];
      await Promise.all(writes);
      const result = await engine.search('items', query());
      expect(result.hits.map((hit) => hit.document)).toEqual([{ id: 'a', title: 'second' }]);
    });

    it('keeps going after a rejected write', async () => {
      const engine = await engineWith([]);
      const rejected = engine.upsert('items', [{ id: 'ok' }, { title: 'no id' }]);
      const next = engine.upsert('items', [{ id: 'later' }]);
      await expect(rejected).rejects.toBeInstanceOf(SearchWriteRejectedError);
      await next;
      expect(await engine.getIds('items')).toEqual(['later']);
    });

    it('indexes the documents as they were when upsert was called', async () => {
      const engine = await engineWith([]);
      const doc: SearchDocument = { id: 'a', title: 'cyclone' };
      const written = engine.upsert('items', [doc]);
      doc.title = 'changed';
      await written;
      expect(await ids(engine, { q: 'cyclone' })).toEqual(['a']);
      expect((await engine.search('items', query())).hits[0].document.title).toBe('cyclone');
    });

    it('accepts integer ids and returns them as strings', async () => {
      const engine = await engineWith([{ id: 42, title: 'numbered' }]);
      expect(await engine.getIds('items')).toEqual(['42']);
    });

    it('needs configureIndex before documents', async () => {
      await expect(new EmbeddedSearchEngine().upsert('items', [{ id: 'a' }])).rejects.toBeInstanceOf(
        SearchIndexNotFoundError,
      );
    });

    it('refuses settings that contradict themselves', async () => {
      const engine = new EmbeddedSearchEngine();
      await expect(
        engine.configureIndex('items', { ...settings, facetable: ['summary'] }),
      ).rejects.toBeInstanceOf(SearchInvalidSettingsError);
      await expect(
        engine.configureIndex('items', { ...settings, displayedAttributes: ['title'] }),
      ).rejects.toBeInstanceOf(SearchInvalidSettingsError);
    });

    it('stays consistent when deletes and replacements trigger compaction', async () => {
      const docs = Array.from({ length: 3_000 }, (_, i) => ({
        id: `d${i}`,
        title: `unit ${i % 7 === 0 ? 'cyclone' : 'scrubber'}`,
        tags: [`t${i % 5}`],
        trl: (i % 9) + 1,
      }));
      const engine = await engineWith(docs);
      await engine.delete(
        'items',
        docs.filter((_, i) => i % 3 !== 0).map((doc) => doc.id),
      );
      await engine.upsert(
        'items',
        docs.filter((_, i) => i % 6 === 0).map((doc) => ({ ...doc, title: 'unit baghouse' })),
      );
      const expected = new Map(
        docs
          .filter((_, i) => i % 3 === 0)
          .map((doc, _, kept) => [
            doc.id,
            kept.indexOf(doc) % 2 === 0 ? { ...doc, title: 'unit baghouse' } : doc,
          ]),
      );

      expect(await engine.count('items')).toBe(expected.size);
      expect((await engine.getIds('items')).sort()).toEqual([...expected.keys()].sort());
      const cyclones = [...expected.values()]
        .filter((doc) => doc.title === 'unit cyclone')
        .map((doc) => doc.id);
      const found = await engine.search('items', query({ q: 'cyclone', limit: 100, facets: ['tags'] }));
      expect(found.total).toBe(cyclones.length);
      const tagCounts: Record<string, number> = {};
      for (const id of cyclones) {
        const [tag] = expected.get(id)?.tags ?? [];
        tagCounts[tag] = (tagCounts[tag] ?? 0) + 1;
      }
      expect(found.facets.tags).toEqual(tagCounts);
      expect((await engine.search('items', query({ q: 'baghouse' }))).total).toBe(
        [...expected.values()].filter((doc) => doc.title === 'unit baghouse').length,
      );

      await engine.upsert('items', [{ id: 'fresh', title: 'unit cyclone', tags: ['t9'] }]);
      expect(
        await ids(engine, { q: 'cyclone', filters: [{ field: 'tags', op: 'in', values: ['t9'] }] }),
      ).toEqual(['fresh']);
    });
  });

  describe('the same text searched again with other filters', () => {
    it('reuses its matches until a write changes the documents', async () => {
      const engine = await engineWith([
        { id: 'a', title: 'kiln scrubber', country: 'IN' },
        { id: 'b', title: 'kiln filter', country: 'NP' },
        { id: 'c', title: 'boiler', country: 'IN' },
      ]);
      const inCountry = (country: string) =>
        ids(engine, { q: 'kiln', filters: [{ field: 'country', op: 'in', values: [country] }] });
      expect(await inCountry('IN')).toEqual(['a']);
      expect(await inCountry('NP')).toEqual(['b']);
      await engine.upsert('items', [{ id: 'c', title: 'kiln boiler', country: 'IN' }]);
      expect(await inCountry('IN')).toEqual(['a', 'c']);
      await engine.delete('items', ['a']);
      expect(await inCountry('IN')).toEqual(['c']);
      expect(await ids(engine, { q: 'kiln' })).toEqual(['b', 'c']);
    });
  });

  describe('filters and facets', () => {
    it('compares strings case-insensitively and numbers with their spelling', async () => {
      const engine = await engineWith([
        { id: 'a', country: 'NP', trl: 7, verified: true },
        { id: 'b', country: 'np', trl: '7', verified: 'true' },
        { id: 'c', country: 'IN', trl: 8, verified: false },
      ]);
      expect(await ids(engine, { filters: [{ field: 'country', op: 'in', values: ['Np'] }] })).toEqual([
        'a',
        'b',
      ]);
      expect(await ids(engine, { filters: [{ field: 'trl', op: 'eq', value: 7 }] })).toEqual(['a', 'b']);
      expect(await ids(engine, { filters: [{ field: 'trl', op: 'in', values: ['8'] }] })).toEqual(['c']);
      expect(await ids(engine, { filters: [{ field: 'verified', op: 'eq', value: true }] })).toEqual([
        'a',
        'b',
      ]);
      expect(await ids(engine, { filters: [{ field: 'trl', op: 'gte', value: 7 }] })).toEqual(['a', 'c']);
    });

    it('compares strings in ranges alphabetically, such as ISO dates', async () => {
      const engine = await engineWith([
        { id: 'old', updatedOn: '2023-05-01' },
        { id: 'new', updatedOn: '2025-01-15' },
      ]);
      expect(await ids(engine, { filters: [{ field: 'updatedOn', op: 'gt', value: '2024-01-01' }] })).toEqual(
        ['new'],
      );
    });

    it('reads nested attributes by dotted path', async () => {
      const engine = await engineWith([
        { id: 'a', vendor: { name: 'Longking Environmental', country: 'CN' } },
        { id: 'b', vendor: { name: 'Thermax', country: 'IN' } },
      ]);
      expect(await ids(engine, { q: 'longking' })).toEqual(['a']);
      expect(await ids(engine, { filters: [{ field: 'vendor.country', op: 'in', values: ['IN'] }] })).toEqual(
        ['b'],
      );
    });

    it('lists at most 100 values per facet, the most frequent first', async () => {
      const docs = Array.from({ length: 150 }, (_, i) => ({
        id: `d${i}`,
        tags: [`tag${i}`, i < 3 ? 'common' : 'rare'],
      }));
      const engine = await engineWith(docs);
      const { facets } = await engine.search('items', query({ facets: ['tags'] }));
      const entries = Object.entries(facets.tags).sort(([, a], [, b]) => b - a);
      expect(entries).toHaveLength(100);
      expect(entries.slice(0, 2)).toEqual([
        ['rare', 147],
        ['common', 3],
      ]);
    });

    it('agrees with a brute-force evaluation on random documents and queries', async () => {
      const words = ['alpha', 'alphabet', 'beta', 'gamma', 'delta', 'deltas', 'omega'];
      const tags = ['PM2.5', 'PM10', 'NOx', 'SO2'];
      const countries = ['CN', 'IN', 'NP'];
      const doc = fc.record({
        id: fc.constantFrom(...Array.from({ length: 25 }, (_, i) => `d${i}`)),
        title: fc
          .array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 })
          .map((list) => list.join(' ')),
        tags: fc.uniqueArray(fc.constantFrom(...tags), { maxLength: 3 }),
        country: fc.constantFrom(...countries),
        trl: fc.integer({ min: 1, max: 9 }),
      });
      const operation = fc.oneof(
        fc.record({ upsert: fc.array(doc, { minLength: 1, maxLength: 6 }) }),
        fc.record({
          remove: fc.array(fc.constantFrom(...Array.from({ length: 25 }, (_, i) => `d${i}`)), {
            maxLength: 5,
          }),
        }),
      );
      const clause: fc.Arbitrary<FilterClause> = fc.oneof(
        fc.record({
          field: fc.constant('tags'),
          op: fc.constant('in' as const),
          values: fc.uniqueArray(fc.constantFrom(...tags), { minLength: 1 }),
        }),
        fc.record({
          field: fc.constant('country'),
          op: fc.constant('in' as const),
          values: fc.uniqueArray(fc.constantFrom(...countries), { minLength: 1 }),
        }),
        fc.record({
          field: fc.constant('trl'),
          op: fc.constantFrom('gte' as const, 'lt' as const, 'eq' as const),
          value: fc.integer({ min: 1, max: 9 }),
        }),
      );

      await fc.assert(
        fc.asyncProperty(
          fc.array(operation, { minLength: 1, maxLength: 8 }),
          fc.array(clause, { maxLength: 3 }),
          fc.option(fc.constantFrom('alpha', 'alph', 'delta', 'omega', 'zeta'), { nil: undefined }),
          async (operations, filters, word) => {
            const engine = await engineWith([], { typoTolerance: false, searchableAttributes: ['title'] });
            const model = new Map<
              string,
              { id: string; title: string; tags: string[]; country: string; trl: number }
            >();
            for (const op of operations) {
              if ('upsert' in op) {
                await engine.upsert('items', op.upsert);
                op.upsert.forEach((d) => model.set(d.id, d));
              } else {
                await engine.delete('items', op.remove);
                op.remove.forEach((id) => model.delete(id));
              }
            }
            const passes = (d: { title: string; tags: string[]; country: string; trl: number }) =>
              filters.every((c) =>
                c.op === 'in'
                  ? c.values.some((v) =>
                      c.field === 'tags' ? d.tags.includes(v as string) : d.country === v,
                    )
                  : c.op === 'gte'
                    ? d.trl >= (c.value as number)
                    : c.op === 'lt'
                      ? d.trl < (c.value as number)
                      : d.trl === c.value,
              ) &&
              (word === undefined || d.title.split(' ').some((token) => token.startsWith(word)));
            const expected = [...model.values()].filter(passes);
            const result = await engine.search(
              'items',
              query({ q: word ?? '', filters, facets: ['tags', 'country', 'trl'] }),
            );

            expect(result.total).toBe(expected.length);
            expect(result.hits.map((hit) => hit.id).sort()).toEqual(expected.map((d) => d.id).sort());
            const counts = (values: string[]) =>
              values.reduce<Record<string, number>>((acc, v) => ({ ...acc, [v]: (acc[v] ?? 0) + 1 }), {});
            expect(result.facets).toEqual({
              tags: counts(expected.flatMap((d) => d.tags)),
              country: counts(expected.map((d) => d.country)),
              trl: counts(expected.map((d) => String(d.trl))),
            });
          },
        ),
        { numRuns: 150 },
      );
    });
  });

  describe('ranking', () => {
    it('ranks more matched words, then fewer typos, then the more important attribute', async () => {
      const engine = await engineWith([
        { id: 'summary-only', title: 'unrelated', summary: 'wet scrubber for kilns' },
        { id: 'one-word', title: 'wet cooling tower' },
        { id: 'typo', title: 'wet scruber unit' },
        { id: 'title', title: 'wet scrubber unit' },
      ]);
      expect(await ids(engine, { q: 'wet scrubber' })).toEqual(['title', 'summary-only', 'typo', 'one-word']);
    });

    it('puts a closer match first when the words are the same', async () => {
      const engine = await engineWith([
        { id: 'apart', title: 'brick and cement kiln' },
        { id: 'together', title: 'brick kiln retrofit' },
      ]);
      expect(await ids(engine, { q: 'brick kiln' })).toEqual(['together', 'apart']);
    });

    it('scores text queries between 0 and 1 and leaves the score out otherwise', async () => {
      const engine = await engineWith([{ id: 'a', title: 'bag filter' }]);
      const [withText] = (await engine.search('items', query({ q: 'bag filter' }))).hits;
      expect(withText.score).toBeGreaterThan(0.9);
      expect(withText.score).toBeLessThanOrEqual(1);
      const [withoutText] = (await engine.search('items', query())).hits;
      expect(withoutText.score).toBeUndefined();
    });

    it('matches a word split in two and two words run together, as Meilisearch does', async () => {
      const engine = await engineWith([
        { id: 'split', title: 'zig-zag kiln' },
        { id: 'joined', title: 'baghouse retrofit' },
      ]);
      expect(await ids(engine, { q: 'zigzag' })).toEqual(['split']);
      expect(await ids(engine, { q: 'bag house' })).toEqual(['joined']);
    });
  });

  describe('sorting', () => {
    it('puts documents without the field last in both directions and sorts arrays by their extremes', async () => {
      const engine = await engineWith([
        { id: 'none' },
        { id: 'low', trl: 2 },
        { id: 'high', trl: 9 },
        { id: 'mid', trl: 5 },
        { id: 'text-tags', tags: ['b', 'z'] },
        { id: 'other-tags', tags: ['c', 'd'] },
      ]);
      expect(await ids(engine, { sort: [{ field: 'trl', direction: 'asc' }], limit: 4 })).toEqual([
        'low',
        'mid',
        'high',
        'none',
      ]);
      expect(await ids(engine, { sort: [{ field: 'trl', direction: 'desc' }], limit: 4 })).toEqual([
        'high',
        'mid',
        'low',
        'none',
      ]);
      expect(await ids(engine, { sort: [{ field: 'tags', direction: 'asc' }], limit: 2 })).toEqual([
        'text-tags',
        'other-tags',
      ]);
      expect(await ids(engine, { sort: [{ field: 'tags', direction: 'desc' }], limit: 2 })).toEqual([
        'text-tags',
        'other-tags',
      ]);
    });
  });

  describe('highlights', () => {
    it('marks Chinese substrings and joins array values', async () => {
      const engine = await engineWith([
        { id: 'a', title: '高效静电除尘器', summary: ['dust removal', 'low dust <10 mg'] },
      ]);
      const [hit] = (await engine.search('items', query({ q: '除尘 dust', highlight: ['title', 'summary'] })))
        .hits;
      expect(hit.highlights).toEqual({
        title: '高效静电<mark>除尘</mark>器',
        summary: '<mark>dust</mark> removal, low <mark>dust</mark> &lt;10 mg',
      });
    });
  });
});
