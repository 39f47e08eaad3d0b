import { MeilisearchSearchEngine } from '../meilisearch-search-engine';
import { emptySearchResponse, FakeMeilisearchServer } from './fake-meilisearch.server';
import { MeiliValidatingProxy } from './meili-validating.proxy';

/** The live leg's proxy, tried in front of the double since no Meilisearch server runs here. */
describe('MeiliValidatingProxy', () => {
  const fake = new FakeMeilisearchServer({ masterKey: 'proxy-master-key' });
  let proxy: MeiliValidatingProxy;
  let engine: MeilisearchSearchEngine;

  beforeAll(async () => {
    proxy = new MeiliValidatingProxy(await fake.start());
    engine = new MeilisearchSearchEngine({
      url: await proxy.start(),
      apiKey: 'proxy-master-key',
      taskPollIntervalMs: 2,
    });
  });
  afterAll(async () => {
    await proxy.stop();
    await fake.stop();
  });

  it('forwards requests and answers unchanged, with nothing to report when both keep the document', async () => {
    await engine.configureIndex('listings', {
      primaryKey: 'id',
      searchableAttributes: ['title'],
      filterableAttributes: [],
      sortableAttributes: [],
      facetable: [],
      synonyms: {},
      typoTolerance: true,
    });
    await engine.upsert('listings', [{ id: 'a', title: 'Zig-zag kiln' }]);
    const result = await engine.search('listings', { q: 'kiln', filters: [], facets: [], page: 1, limit: 5 });
    expect(result.hits.map((hit) => hit.id)).toEqual(['a']);
    expect(fake.requests.map((request) => request.headers.authorization)).toContain(
      'Bearer proxy-master-key',
    );
    expect(() => proxy.assertNoViolations()).not.toThrow();
  });

  it('reports an answer from the server that breaks the document', async () => {
    fake.searchReply = () => ({ status: 200, body: { ...emptySearchResponse(), hits: 'none' } });
    // The adapter cannot read such an answer either.
    await expect(
      engine.search('listings', { q: 'kiln', filters: [], facets: [], page: 1, limit: 5 }),
    ).rejects.toThrow(TypeError);
    expect(() => proxy.assertNoViolations()).toThrow(/answer 200 body \/hits must be array/);
    fake.violations.splice(0);
  });
});
