import type { SearchEngine } from '../search-engine.port';
import {
  SearchIndexNotFoundError,
  SearchInvalidQueryError,
  SearchWriteRejectedError,
} from '../search.errors';
import type { SearchDocument, SearchQuery, SearchResult } from '../search.types';
import { contractListings, contractSettings } from './contract-fixtures';
import { describeRebuildContract } from './search-engine-rebuild.contract';
import { describeScriptsContract } from './search-engine-scripts.contract';

/**
 * The behaviour every SearchEngine adapter must share, run against each of them. Assertions stay on
 * what both engines guarantee (membership, counts, order under an explicit sort), never on the exact
 * relevance order of loosely related hits.
 */
export function describeSearchEngineContract(name: string, make: () => Promise<SearchEngine>): void {
  describe(`SearchEngine contract: ${name}`, () => {
    let engine: SearchEngine;
    let indexCount = 0;

    beforeAll(async () => {
      engine = await make();
    });

    const query = (overrides: Partial<SearchQuery>): SearchQuery => ({
      q: '',
      filters: [],
      facets: [],
      page: 1,
      limit: 20,
      ...overrides,
    });

    async function loadedIndex(docs: SearchDocument[] = contractListings): Promise<string> {
      const index = `contract_listings_${++indexCount}`;
      await engine.configureIndex(index, contractSettings);
      await engine.upsert(index, docs);
      return index;
    }

    const ids = (result: SearchResult): string[] => result.hits.map((hit) => hit.id);
    const sortedIds = (result: SearchResult): string[] => ids(result).sort();

    it('reports itself healthy', async () => {
      expect(await engine.isHealthy()).toBe(true);
    });

    it('returns every document for an empty query, with total and count in agreement', async () => {
      const index = await loadedIndex();
      const result = await engine.search(index, query({}));
      expect(result.total).toBe(contractListings.length);
      expect(sortedIds(result)).toEqual(contractListings.map((doc) => doc.id).sort());
      expect(await engine.count(index)).toBe(contractListings.length);
      expect(result.page).toBe(1);
      expect(result.limit).toBe(20);
    });

    it('returns the stored document with its id', async () => {
      const index = await loadedIndex();
      const result = await engine.search(index, query({ q: 'zig-zag kiln conversion' }));
      expect(result.hits[0].id).toBe('zigzag');
      expect(result.hits[0].document).toEqual(contractListings.find((doc) => doc.id === 'zigzag'));
    });

    it('tolerates typos by word length: 1 from 5 letters, 2 from 9, none below 5', async () => {
      const index = await loadedIndex();
      expect(ids(await engine.search(index, query({ q: 'electrostatc precipitator' })))).toContain(
        'esp-coal',
      );
      expect(ids(await engine.search(index, query({ q: 'elecrtostatic' })))).toContain('esp-coal');
      expect(ids(await engine.search(index, query({ q: 'fabrik' })))).toContain('fabric-kiln');
      expect((await engine.search(index, query({ q: 'kilm' }))).total).toBe(0);
      expect(ids(await engine.search(index, query({ q: 'kiln' })))).toContain('zigzag');
    });

    it('counts a typo on the first letter twice', async () => {
      const index = await loadedIndex();
      expect((await engine.search(index, query({ q: 'gabric' }))).total).toBe(0);
    });

    it('matches the last query word as a prefix', async () => {
      const index = await loadedIndex();
      expect(ids(await engine.search(index, query({ q: 'precip' })))).toEqual(['esp-coal']);
      expect(ids(await engine.search(index, query({ q: 'selective catal' })))[0]).toBe('scr-nox');
    });

    it('applies synonyms, multi-word and across scripts', async () => {
      const index = await loadedIndex();
      expect(sortedIds(await engine.search(index, query({ q: 'ESP' })))).toEqual(['esp-coal', 'esp-zh']);
      expect(sortedIds(await engine.search(index, query({ q: 'baghouse' })))).toEqual([
        'bag-pulse',
        'fabric-kiln',
      ]);
      expect(ids(await engine.search(index, query({ q: '静电除尘' })))).toEqual(
        expect.arrayContaining(['esp-coal', 'esp-zh']),
      );
      expect(sortedIds(await engine.search(index, query({ q: '脱硫' })))).toEqual(['fgd-wet', 'fgd-zh']);
      expect(ids(await engine.search(index, query({ q: 'FGD' })))).toContain('fgd-wet');
    });

    it('finds a Chinese word inside a longer Chinese term', async () => {
      const index = await loadedIndex();
      expect(ids(await engine.search(index, query({ q: '除尘' })))).toEqual(['esp-zh']);
      expect(ids(await engine.search(index, query({ q: '烟气' })))).toEqual(['fgd-zh']);
    });

    it('filters with "in" (OR within a field) and ranges (AND across clauses)', async () => {
      const index = await loadedIndex();
      const result = await engine.search(
        index,
        query({
          filters: [
            { field: 'pollutants', op: 'in', values: ['NOx', 'SO2'] },
            { field: 'trl', op: 'gte', value: 8 },
          ],
        }),
      );
      expect(sortedIds(result)).toEqual(['fgd-wet', 'scr-nox']);
      expect(result.total).toBe(2);

      const cheapVerified = await engine.search(
        index,
        query({
          filters: [
            { field: 'capitalCostUsd', op: 'lt', value: 100_000 },
            { field: 'verified', op: 'eq', value: true },
          ],
        }),
      );
      expect(sortedIds(cheapVerified)).toEqual(['fabric-kiln', 'zigzag']);

      const between = await engine.search(
        index,
        query({
          filters: [
            { field: 'trl', op: 'gt', value: 5 },
            { field: 'trl', op: 'lte', value: 7 },
          ],
        }),
      );
      expect(sortedIds(between)).toEqual(['fabric-kiln', 'fgd-zh', 'sensor-lowcost']);
    });

    it('combines text and filters', async () => {
      const index = await loadedIndex();
      const result = await engine.search(
        index,
        query({ q: 'filter', filters: [{ field: 'country', op: 'in', values: ['NP'] }] }),
      );
      expect(ids(result)).toEqual(['fabric-kiln']);
    });

    it('counts facets exactly over all matching documents, the filtered facet included', async () => {
      const index = await loadedIndex();
      const result = await engine.search(
        index,
        query({
          filters: [{ field: 'country', op: 'in', values: ['CN'] }],
          facets: ['pollutants', 'sectors', 'trl', 'country'],
          limit: 1,
        }),
      );
      expect(result.total).toBe(5);
      expect(result.hits).toHaveLength(1);
      expect(result.facets).toEqual({
        pollutants: { 'PM2.5': 2, PM10: 1, SO2: 2, NOx: 1 },
        sectors: { 'power generation': 3, industry: 2, steel: 1, cement: 1 },
        trl: { '9': 3, '8': 1, '7': 1 },
        country: { CN: 5 },
      });
    });

    it('counts facets over a text query', async () => {
      const index = await loadedIndex();
      const result = await engine.search(index, query({ q: 'baghouse', facets: ['country', 'sectors'] }));
      expect(result.facets).toEqual({
        country: { IN: 1, NP: 1 },
        sectors: { industry: 2, cement: 1, 'brick kilns': 1 },
      });
    });

    it('sorts ascending and descending', async () => {
      const index = await loadedIndex();
      const ascending = await engine.search(
        index,
        query({ sort: [{ field: 'capitalCostUsd', direction: 'asc' }] }),
      );
      const costs = ascending.hits.map((hit) => hit.document.capitalCostUsd as number);
      expect(costs).toEqual([...costs].sort((a, b) => a - b));
      expect(ascending.hits[0].id).toBe('extractor');

      const descending = await engine.search(
        index,
        query({
          sort: [
            { field: 'trl', direction: 'desc' },
            { field: 'capitalCostUsd', direction: 'asc' },
          ],
        }),
      );
      expect(ids(descending).slice(0, 3)).toEqual(['zigzag', 'bag-pulse', 'esp-coal']);
      const trls = descending.hits.map((hit) => hit.document.trl as number);
      expect(trls).toEqual([...trls].sort((a, b) => b - a));
    });

    it('pages through results with a stable total', async () => {
      const index = await loadedIndex();
      const sort = [{ field: 'capitalCostUsd', direction: 'asc' as const }];
      const pages = await Promise.all(
        [1, 2, 3, 4].map((page) => engine.search(index, query({ sort, page, limit: 3 }))),
      );
      expect(pages.map((page) => page.total)).toEqual([10, 10, 10, 10]);
      expect(pages.map((page) => page.hits.length)).toEqual([3, 3, 3, 1]);
      expect(pages.flatMap(ids)).toEqual([
        'extractor',
        'sensor-lowcost',
        'zigzag',
        'fabric-kiln',
        'bag-pulse',
        'esp-zh',
        'esp-coal',
        'fgd-zh',
        'scr-nox',
        'fgd-wet',
      ]);
      const beyond = await engine.search(index, query({ sort, page: 5, limit: 3 }));
      expect(beyond.hits).toEqual([]);
      expect(beyond.total).toBe(10);
    });

    it('highlights matched words and escapes the rest as HTML', async () => {
      const index = await loadedIndex();
      const esp = await engine.search(index, query({ q: 'precipitator', highlight: ['title'] }));
      expect(esp.hits[0].highlights.title).toBe('Electrostatic <mark>precipitator</mark> for coal boilers');
      const extractor = await engine.search(index, query({ q: 'extractor', highlight: ['title'] }));
      expect(extractor.hits[0].highlights.title).toBe('Dust &amp; fume &lt;<mark>extractor</mark>&gt;');
    });

    it('replaces a document upserted again under the same id', async () => {
      const index = await loadedIndex();
      const original = contractListings[0];
      await engine.upsert(index, [{ ...original, title: 'Cyclone separator' }]);
      expect(ids(await engine.search(index, query({ q: 'precipitator' })))).not.toContain(original.id);
      expect(ids(await engine.search(index, query({ q: 'cyclone' })))).toEqual([original.id]);
      expect(await engine.count(index)).toBe(contractListings.length);
    });

    it('deletes documents by id and ignores unknown ids', async () => {
      const index = await loadedIndex();
      await engine.delete(index, ['bag-pulse', 'no-such-listing']);
      expect(await engine.count(index)).toBe(contractListings.length - 1);
      expect(await engine.getIds(index)).not.toContain('bag-pulse');
      expect(ids(await engine.search(index, query({ q: 'baghouse' })))).toEqual(['fabric-kiln']);
    });

    it('clears documents and keeps the settings', async () => {
      const index = await loadedIndex();
      await engine.clear(index);
      expect(await engine.count(index)).toBe(0);
      const result = await engine.search(
        index,
        query({ filters: [{ field: 'country', op: 'in', values: ['CN'] }], facets: ['country'] }),
      );
      expect(result).toMatchObject({ total: 0, hits: [], facets: { country: {} } });
    });

    it('applies changed settings to documents already indexed', async () => {
      const index = await loadedIndex();
      await engine.configureIndex(index, {
        ...contractSettings,
        searchableAttributes: ['title'],
        filterableAttributes: ['country'],
        sortableAttributes: [],
        facetable: ['country'],
        typoTolerance: false,
        displayedAttributes: ['id', 'title'],
      });
      expect(await engine.count(index)).toBe(contractListings.length);
      expect((await engine.search(index, query({ q: 'limestone' }))).total).toBe(0);
      expect((await engine.search(index, query({ q: 'electrostatc precipitator' }))).total).toBe(0);
      const result = await engine.search(index, query({ q: 'precipitator' }));
      expect(result.hits[0].document).toEqual({ id: 'esp-coal', title: contractListings[0].title });
      await expect(
        engine.search(index, query({ filters: [{ field: 'trl', op: 'gte', value: 1 }] })),
      ).rejects.toBeInstanceOf(SearchInvalidQueryError);
    });

    it('rejects filters, facets and sorts on attributes not declared for them', async () => {
      const index = await loadedIndex();
      await expect(
        engine.search(index, query({ filters: [{ field: 'summary', op: 'in', values: ['x'] }] })),
      ).rejects.toBeInstanceOf(SearchInvalidQueryError);
      await expect(engine.search(index, query({ facets: ['title'] }))).rejects.toBeInstanceOf(
        SearchInvalidQueryError,
      );
      await expect(
        engine.search(index, query({ sort: [{ field: 'title', direction: 'asc' }] })),
      ).rejects.toBeInstanceOf(SearchInvalidQueryError);
    });

    it('rejects a page size above 100 and a page below 1', async () => {
      const index = await loadedIndex();
      await expect(engine.search(index, query({ limit: 101 }))).rejects.toBeInstanceOf(
        SearchInvalidQueryError,
      );
      await expect(engine.search(index, query({ page: 0 }))).rejects.toBeInstanceOf(SearchInvalidQueryError);
    });

    it('reports a missing index', async () => {
      await expect(engine.search('contract_missing_index', query({}))).rejects.toBeInstanceOf(
        SearchIndexNotFoundError,
      );
      await expect(engine.count('contract_missing_index')).rejects.toBeInstanceOf(SearchIndexNotFoundError);
    });

    it('rejects a batch with a document lacking a valid id', async () => {
      const index = await loadedIndex();
      await expect(
        engine.upsert(index, [
          { id: 'fine-one', title: 'Fine' },
          { id: 'not valid!', title: 'Bad' },
        ]),
      ).rejects.toBeInstanceOf(SearchWriteRejectedError);
      expect(await engine.count(index)).toBe(contractListings.length);
    });

    describeRebuildContract(
      () => engine,
      () => `contract_listings_${++indexCount}`,
    );

    describeScriptsContract(
      () => engine,
      () => `contract_listings_${++indexCount}`,
    );

    it('keeps getIds and count consistent through a burst of mixed upserts and deletes', async () => {
      const index = await loadedIndex([]);
      const expected = new Set<string>();
      const random = seededRandom(42);
      for (let step = 0; step < 60; step++) {
        const picked = Array.from(
          { length: 1 + Math.floor(random() * 5) },
          () => `burst-${Math.floor(random() * 40)}`,
        );
        if (random() < 0.65) {
          const docs = [...new Set(picked)].map((id) => ({
            id,
            title: `Listing ${id} revision ${step}`,
            trl: step % 9,
          }));
          await engine.upsert(index, docs);
          docs.forEach((doc) => expected.add(doc.id));
        } else {
          await engine.delete(index, picked);
          picked.forEach((id) => expected.delete(id));
        }
      }
      expect((await engine.getIds(index)).sort()).toEqual([...expected].sort());
      expect(await engine.count(index)).toBe(expected.size);
      expect((await engine.search(index, query({ limit: 100 }))).total).toBe(expected.size);
    });
  });
}

/** Mulberry32: the same pseudo-random sequence on every run. */
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
