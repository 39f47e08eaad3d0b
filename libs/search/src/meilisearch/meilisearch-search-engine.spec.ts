import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  SearchIndexNotFoundError,
  SearchInvalidQueryError,
  SearchUnavailableError,
  SearchWriteRejectedError,
} from '../search.errors';
import type { IndexSettings, SearchQuery } from '../search.types';
import { MeilisearchSearchEngine } from './meilisearch-search-engine';
import { toMeiliSettings } from './meili-settings';
import { emptySearchResponse, FakeMeilisearchServer, meiliError } from './testing/fake-meilisearch.server';

const settings: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['title', 'summary'],
  filterableAttributes: ['pollutants', 'trl'],
  sortableAttributes: ['trl'],
  facetable: ['pollutants'],
  synonyms: { esp: ['electrostatic precipitator'] },
  typoTolerance: true,
};

const query = (overrides: Partial<SearchQuery> = {}): SearchQuery => ({
  q: '',
  filters: [],
  facets: [],
  page: 1,
  limit: 20,
  ...overrides,
});

describe('MeilisearchSearchEngine against a fake Meilisearch server', () => {
  let fake: FakeMeilisearchServer;
  let url: string;
  let engine: MeilisearchSearchEngine;

  beforeEach(async () => {
    fake = new FakeMeilisearchServer();
    url = await fake.start();
    engine = new MeilisearchSearchEngine({
      url,
      apiKey: 'master-key',
      indexPrefix: 'test_',
      taskPollIntervalMs: 5,
      taskTimeoutMs: 2_000,
      requestTimeoutMs: 2_000,
    });
  });

  afterEach(async () => {
    await fake.stop();
    fake.assertNoViolations();
  });

  const calls = () => fake.requests.map((request) => `${request.method} ${request.path}`);

  it('creates a missing index with its primary key, then applies the settings', async () => {
    await engine.configureIndex('listings', settings);

    expect(calls()).toEqual([
      'GET /indexes/test_listings',
      'POST /indexes',
      'GET /tasks/0',
      'PATCH /indexes/test_listings/settings',
      'GET /tasks/1',
    ]);
    expect(fake.requests[1].body).toEqual({ uid: 'test_listings', primaryKey: 'id' });
    expect(fake.requests[3].body).toEqual(toMeiliSettings(settings));
    for (const request of fake.requests) expect(request.headers.authorization).toBe('Bearer master-key');
  });

  it('only updates the settings of an index that already has the primary key', async () => {
    await engine.configureIndex('listings', settings);
    fake.requests.length = 0;
    await engine.configureIndex('listings', { ...settings, typoTolerance: false });
    expect(calls()).toEqual([
      'GET /indexes/test_listings',
      'GET /indexes/test_listings/settings',
      'PATCH /indexes/test_listings/settings',
      'GET /tasks/2',
    ]);
    expect(fake.requests[2].body).toEqual({
      typoTolerance: { ...toMeiliSettings(settings).typoTolerance, enabled: false },
    });
  });

  it('sends no settings when the index already has them', async () => {
    expect(await engine.configureIndex('listings', settings)).toBe('created');
    fake.requests.length = 0;
    expect(await engine.configureIndex('listings', settings)).toBe('unchanged');
    expect(calls()).toEqual(['GET /indexes/test_listings', 'GET /indexes/test_listings/settings']);
  });

  it('lets two rebuilds run at once, each swapping in a whole index of its own', async () => {
    await engine.configureIndex('listings', settings);
    const docs = (prefix: string) =>
      Array.from({ length: 30 }, (_, i) => ({ id: `${prefix}-${i}`, title: prefix }));
    await Promise.all([
      engine.rebuildIndex('listings', settings, async (write) => {
        for (let from = 0; from < 30; from += 10) await write(docs('api').slice(from, from + 10));
      }),
      engine.rebuildIndex('listings', settings, async (write) => {
        for (let from = 0; from < 30; from += 10) await write(docs('worker').slice(from, from + 10));
      }),
    ]);
    const ids = (await engine.getIds('listings')).sort();
    expect([docs('api'), docs('worker')].map((set) => set.map((doc) => doc.id).sort())).toContainEqual(ids);
    expect(Object.keys(fake.indexSizes())).toEqual(['test_listings']);
  });

  it('keeps a write that races the swap, and does not bring the deleted copy back', async () => {
    await engine.configureIndex('listings', settings);
    await engine.upsert('listings', [{ id: 'old', title: 'Old' }]);
    let racing: Promise<void> | undefined;
    await engine.rebuildIndex('listings', settings, async (write) => {
      await write([{ id: 'new', title: 'New' }]);
      racing = engine.upsert('listings', [{ id: 'meanwhile', title: 'Written as the swap comes' }]);
    });
    await racing;
    expect((await engine.getIds('listings')).sort()).toEqual(['meanwhile', 'new']);
    expect(Object.keys(fake.indexSizes())).toEqual(['test_listings']);
  });

  it('leaves a new primary key to a rebuild when the index holds documents, and says it changed', async () => {
    await engine.configureIndex('listings', settings);
    await engine.upsert('listings', [{ id: 'a', slug: 'first' }]);
    const rekeyed = { ...settings, primaryKey: 'slug' };
    expect(await engine.configureIndex('listings', rekeyed)).toBe('updated');
    expect(fake.requestsTo('PATCH', /^\/indexes\/test_listings$/)).toEqual([]);

    await engine.rebuildIndex('listings', rekeyed, (write) => write([{ id: 'a', slug: 'first' }]));
    expect(await engine.getIds('listings')).toEqual(['first']);
    expect(await engine.configureIndex('listings', rekeyed)).toBe('unchanged');
  });

  it('rebuilds into a fresh index, swaps it with the live one and deletes the old documents', async () => {
    await engine.configureIndex('listings', settings);
    await engine.upsert('listings', [{ id: 'old', title: 'Old listing' }]);
    fake.requests.length = 0;
    await engine.rebuildIndex('listings', settings, (write) => write([{ id: 'new', title: 'New listing' }]));

    const writes = calls()
      .filter((call) => !call.startsWith('GET '))
      .map((call) => call.replace(/__rebuild_\w+/, '__rebuild_<id>'));
    expect(writes).toEqual([
      'POST /indexes',
      'PATCH /indexes/test_listings__rebuild_<id>/settings',
      'POST /indexes/test_listings__rebuild_<id>/documents',
      'POST /swap-indexes',
      'DELETE /indexes/test_listings__rebuild_<id>',
    ]);
    const [swap] = fake.requestsTo('POST', /^\/swap-indexes$/);
    expect(swap.body).toEqual([
      { indexes: ['test_listings', expect.stringMatching(/^test_listings__rebuild_\w+$/)] },
    ]);
    expect(fake.indexSizes()).toEqual({ test_listings: 1 });
    expect(await engine.getIds('listings')).toEqual(['new']);
  });

  it('upserts documents with the primary key and waits for the task', async () => {
    await engine.configureIndex('listings', settings);
    fake.requests.length = 0;
    const docs = [
      { id: 'esp-1', title: 'Electrostatic precipitator' },
      { id: 'bag-1', title: 'Bag filter' },
    ];
    await engine.upsert('listings', docs);

    const [write] = fake.requestsTo('POST', /\/documents$/);
    expect(write.path).toBe('/indexes/test_listings/documents');
    expect(write.query).toEqual({ primaryKey: 'id' });
    expect(write.body).toEqual(docs);
    expect(calls()).toContain('GET /tasks/2');
    expect(await engine.count('listings')).toBe(2);
  });

  it('sends a large upsert in ordered batches, then waits for every task', async () => {
    await engine.configureIndex('listings', settings);
    fake.requests.length = 0;
    const docs = Array.from({ length: 12_000 }, (_, i) => ({ id: `doc-${i}` }));
    await engine.upsert('listings', docs);

    expect(calls()).toEqual([
      'POST /indexes/test_listings/documents',
      'POST /indexes/test_listings/documents',
      'POST /indexes/test_listings/documents',
      'GET /tasks/2',
      'GET /tasks/3',
      'GET /tasks/4',
    ]);
    const batches = fake.requestsTo('POST', /documents$/).map((request) => request.body as { id: string }[]);
    expect(batches.map((batch) => batch.length)).toEqual([5_000, 5_000, 2_000]);
    expect(batches.flat().map((doc) => doc.id)).toEqual(docs.map((doc) => doc.id));
  });

  it('reads the primary key from the server when the index was configured elsewhere', async () => {
    await engine.configureIndex('listings', settings);
    const other = new MeilisearchSearchEngine({ url: url, apiKey: 'master-key', indexPrefix: 'test_' });
    fake.requests.length = 0;
    await other.upsert('listings', [{ id: 'a', title: 'A' }]);
    expect(calls().slice(0, 2)).toEqual([
      'GET /indexes/test_listings',
      'POST /indexes/test_listings/documents',
    ]);
  });

  it('turns a failed task into an error carrying its reason', async () => {
    await engine.configureIndex('listings', settings);
    fake.failNextTask('invalid_document_id', 'Document identifier `not valid!` is invalid.');
    const failure = engine.upsert('listings', [{ id: 'not valid!' }]);
    await expect(failure).rejects.toBeInstanceOf(SearchWriteRejectedError);
    await expect(failure).rejects.toMatchObject({
      code: 'invalid_document_id',
      message: expect.stringContaining('Document identifier `not valid!` is invalid.'),
    });
  });

  it('turns a task failed for a missing index into SearchIndexNotFoundError', async () => {
    fake.failNextTask('index_not_found', 'Index `test_gone` not found.');
    await expect(engine.delete('gone', ['a'])).rejects.toBeInstanceOf(SearchIndexNotFoundError);
  });

  it('deletes by id in one batch and clears all documents', async () => {
    await engine.configureIndex('listings', settings);
    await engine.upsert('listings', [{ id: 'a' }, { id: 'b' }, { id: 'c' }]);
    await engine.delete('listings', ['a', 'b']);
    expect(fake.requestsTo('POST', /delete-batch$/)[0]).toMatchObject({
      path: '/indexes/test_listings/documents/delete-batch',
      body: ['a', 'b'],
    });
    expect(await engine.getIds('listings')).toEqual(['c']);

    await engine.clear('listings');
    expect(fake.requestsTo('DELETE', /./)[0].path).toBe('/indexes/test_listings/documents');
    expect(await engine.count('listings')).toBe(0);
  });

  it('sends nothing for empty writes', async () => {
    await engine.configureIndex('listings', settings);
    fake.requests.length = 0;
    await engine.upsert('listings', []);
    await engine.delete('listings', []);
    expect(fake.requests).toEqual([]);
  });

  it('pages through ids, asking only for the primary key', async () => {
    await engine.configureIndex('listings', settings);
    const docs = Array.from({ length: 2_345 }, (_, i) => ({ id: `doc-${i}`, title: `Listing ${i}` }));
    await engine.upsert('listings', docs);
    fake.requests.length = 0;

    const ids = await engine.getIds('listings');

    expect(ids).toHaveLength(2_345);
    expect(new Set(ids)).toEqual(new Set(docs.map((doc) => doc.id)));
    expect(fake.requests.map((request) => request.query)).toEqual([
      { fields: 'id', limit: '1000', offset: '0' },
      { fields: 'id', limit: '1000', offset: '1000' },
      { fields: 'id', limit: '1000', offset: '2000' },
    ]);
  });

  it('sends the query in Meilisearch terms and maps the answer back', async () => {
    await engine.configureIndex('listings', settings);
    fake.searchReply = () => ({
      status: 200,
      body: {
        ...emptySearchResponse(),
        hits: [
          {
            id: 'esp-1',
            title: 'ESP <b>',
            trl: 9,
            _rankingScore: 0.93,
            _formatted: { id: 'esp-1', title: '\uE000ESP\uE001 <b>', trl: '9' },
          },
        ],
        totalHits: 41,
        facetDistribution: { pollutants: { 'PM2.5': 30, NOx: 11 } },
      },
    });

    const result = await engine.search(
      'listings',
      query({
        q: 'esp',
        filters: [
          { field: 'pollutants', op: 'in', values: ['PM2.5', 'say "hi"'] },
          { field: 'trl', op: 'gte', value: 6 },
        ],
        facets: ['pollutants', 'trl'],
        sort: [{ field: 'trl', direction: 'desc' }],
        page: 3,
        limit: 10,
        highlight: ['title'],
      }),
    );

    const [search] = fake.requestsTo('POST', /\/search$/);
    expect(search.path).toBe('/indexes/test_listings/search');
    expect(search.headers.authorization).toBe('Bearer master-key');
    expect(search.body).toEqual({
      q: 'esp',
      filter: ['pollutants IN ["PM2.5", "say \\"hi\\""]', 'trl >= 6'],
      facets: ['pollutants', 'trl'],
      sort: ['trl:desc'],
      page: 3,
      hitsPerPage: 10,
      attributesToHighlight: ['title'],
      highlightPreTag: '\uE000',
      highlightPostTag: '\uE001',
      showRankingScore: true,
    });
    expect(result).toEqual({
      hits: [
        {
          id: 'esp-1',
          document: { id: 'esp-1', title: 'ESP <b>', trl: 9 },
          score: 0.93,
          highlights: { title: '<mark>ESP</mark> &lt;b&gt;' },
        },
      ],
      total: 41,
      page: 3,
      limit: 10,
      facets: { pollutants: { 'PM2.5': 30, NOx: 11 }, trl: {} },
    });
  });

  it('maps index_not_found to SearchIndexNotFoundError', async () => {
    await expect(engine.search('nowhere', query())).rejects.toBeInstanceOf(SearchIndexNotFoundError);
    await expect(engine.count('nowhere')).rejects.toBeInstanceOf(SearchIndexNotFoundError);
  });

  it.each(['invalid_search_filter', 'invalid_search_sort', 'invalid_search_facets'])(
    'maps %s to SearchInvalidQueryError',
    async (code) => {
      await engine.configureIndex('listings', settings);
      fake.searchReply = () => ({
        status: 400,
        body: meiliError(code, `Attribute \`summary\` is not usable.`),
      });
      const failure = engine.search('listings', query({ q: 'x' }));
      await expect(failure).rejects.toBeInstanceOf(SearchInvalidQueryError);
      await expect(failure).rejects.toMatchObject({ message: 'Attribute `summary` is not usable.' });
    },
  );

  it('checks the query shape before sending anything', async () => {
    await expect(engine.search('listings', query({ limit: 500 }))).rejects.toBeInstanceOf(
      SearchInvalidQueryError,
    );
    await expect(
      engine.search('listings', query({ filters: [{ field: 'trl', op: 'in', values: [] }] })),
    ).rejects.toBeInstanceOf(SearchInvalidQueryError);
    expect(fake.requests).toEqual([]);
  });

  it.each([500, 502, 503])('maps a %i answer to SearchUnavailableError', async (status) => {
    fake.override(() => ({ status, body: meiliError('internal', 'boom') }));
    await expect(engine.search('listings', query())).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(engine.upsert('listings', [{ id: 'a' }])).rejects.toBeInstanceOf(SearchUnavailableError);
  });

  it('maps a rejected API key to SearchUnavailableError', async () => {
    fake.override(() => ({
      status: 403,
      body: meiliError('invalid_api_key', 'The provided API key is invalid.'),
    }));
    await expect(engine.count('listings')).rejects.toBeInstanceOf(SearchUnavailableError);
  });

  it('maps a request that times out to SearchUnavailableError', async () => {
    const impatient = new MeilisearchSearchEngine({ url: url, apiKey: 'k', requestTimeoutMs: 100 });
    fake.override(() => 'hang');
    await expect(impatient.count('listings')).rejects.toBeInstanceOf(SearchUnavailableError);
  });

  it('maps a task that never finishes to SearchUnavailableError', async () => {
    const impatient = new MeilisearchSearchEngine({
      url: url,
      apiKey: 'k',
      taskTimeoutMs: 150,
      taskPollIntervalMs: 10,
    });
    fake.stallNextTask();
    await expect(impatient.configureIndex('slow', settings)).rejects.toBeInstanceOf(SearchUnavailableError);
  });

  it('reports health from GET /health', async () => {
    expect(await engine.isHealthy()).toBe(true);
    expect(calls()).toEqual(['GET /health']);
  });
});

describe('MeilisearchSearchEngine without a server', () => {
  let engine: MeilisearchSearchEngine;

  beforeAll(async () => {
    engine = new MeilisearchSearchEngine({ url: await closedPortUrl(), apiKey: 'k' });
  });

  it('maps a refused connection to SearchUnavailableError', async () => {
    const failure = engine.search('listings', query());
    await expect(failure).rejects.toBeInstanceOf(SearchUnavailableError);
    await expect(failure).rejects.toMatchObject({ message: expect.stringContaining('unreachable') });
    await expect(engine.upsert('listings', [{ id: 'a' }])).rejects.toBeInstanceOf(SearchUnavailableError);
  });

  it('reports itself unhealthy', async () => {
    expect(await engine.isHealthy()).toBe(false);
  });
});

/** A port that was just free: connecting to it is refused. */
async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}
