import type { SearchEngine } from '../search-engine.port';
import { SearchWriteRejectedError } from '../search.errors';
import type { SearchDocument, SearchQuery } from '../search.types';
import { contractListings, contractSettings } from './contract-fixtures';

const query = (overrides: Partial<SearchQuery>): SearchQuery => ({
  q: '',
  filters: [],
  facets: [],
  page: 1,
  limit: 20,
  ...overrides,
});

/** Idempotent configuration and the zero-downtime rebuild, part of the SearchEngine contract. */
export function describeRebuildContract(engine: () => SearchEngine, newIndexName: () => string): void {
  async function loadedIndex(): Promise<string> {
    const index = newIndexName();
    await engine().configureIndex(index, contractSettings);
    await engine().upsert(index, contractListings);
    return index;
  }
  const sortedIds = (result: { hits: { id: string }[] }) => result.hits.map((hit) => hit.id).sort();

  it('says whether configuring created the index, changed its settings or found them in place', async () => {
    const index = newIndexName();
    expect(await engine().configureIndex(index, contractSettings)).toBe('created');
    expect(await engine().configureIndex(index, contractSettings)).toBe('unchanged');
    const fewerFacets = { ...contractSettings, facetable: ['country'] };
    const changed = { ...fewerFacets, filterableAttributes: ['country', 'trl'] };
    expect(await engine().configureIndex(index, changed)).toBe('updated');
    expect(await engine().configureIndex(index, changed)).toBe('unchanged');
  });

  it('rebuilds into a fresh index and swaps it in: searches meanwhile see the whole old index', async () => {
    const index = await loadedIndex();
    const rebuilt: SearchDocument[] = contractListings
      .slice(0, 6)
      .map((doc) => ({ ...doc, title: `${String(doc.title)} v2` }));
    const seenDuringBuild: number[] = [];
    await engine().rebuildIndex(index, contractSettings, async (write) => {
      for (const doc of rebuilt) {
        await write([doc]);
        seenDuringBuild.push((await engine().search(index, query({}))).total);
      }
    });
    expect(seenDuringBuild).toEqual(rebuilt.map(() => contractListings.length));
    const after = await engine().search(index, query({ limit: 100 }));
    expect(sortedIds(after)).toEqual(rebuilt.map((doc) => String(doc.id)).sort());
    expect(after.hits.every((hit) => String(hit.document.title).endsWith(' v2'))).toBe(true);
    expect(await engine().count(index)).toBe(rebuilt.length);
  });

  it('keeps writes made through the engine while a rebuild runs', async () => {
    const index = await loadedIndex();
    await engine().rebuildIndex(index, contractSettings, async (write) => {
      await write(contractListings.slice(0, 3));
      await engine().upsert(index, [{ id: 'written-meanwhile', title: 'Cyclone separator' }]);
      await engine().delete(index, [String(contractListings[1].id)]);
    });
    expect((await engine().getIds(index)).sort()).toEqual(
      [String(contractListings[0].id), String(contractListings[2].id), 'written-meanwhile'].sort(),
    );
  });

  it('builds a missing index by rebuilding it, and leaves the old one whole when the build fails', async () => {
    const fresh = newIndexName();
    await engine().rebuildIndex(fresh, contractSettings, (write) => write(contractListings));
    expect(await engine().count(fresh)).toBe(contractListings.length);
    await expect(
      engine().rebuildIndex(fresh, contractSettings, (write) => write([{ id: 'not valid!', title: 'Bad' }])),
    ).rejects.toBeInstanceOf(SearchWriteRejectedError);
    expect(await engine().count(fresh)).toBe(contractListings.length);
  });
}
