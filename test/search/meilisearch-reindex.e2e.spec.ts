import {
  CatalogSeeder,
  SEED_TECHNOLOGIES,
  TECHNOLOGY_INDEX_SETTINGS,
  TechnologyIndexStartup,
  TechnologyIndexer,
} from '@3ipet/catalog';
import { FakeMeilisearchServer } from '@3ipet/search';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { expectStatus } from '../catalog/support/catalog-kit';

const MASTER_KEY = 'reindex-e2e-master-key';
const PUBLISHED = SEED_TECHNOLOGIES.filter((seed) => seed.status === 'published').length;

/** The api on Meilisearch (the OpenAPI-checked double): settings at boot, and a full rebuild by swap. */
describe.each(databaseLegs())('technology index on Meilisearch (%s)', (leg) => {
  const fake = new FakeMeilisearchServer({ masterKey: MASTER_KEY });
  let app: TestApp;

  beforeAll(async () => {
    const url = await fake.start();
    app = await bootTestApp(leg, { MEILI_URL: url, MEILI_MASTER_KEY: MASTER_KEY });
    await app.settle();
    // The new indexes queued a reindex each at boot; on BullMQ they run in the background.
    await waitFor(() => swapsOf('technologies') >= 1 && swapsOf('needs') >= 1 && !rebuilding(), state);
    await app.app.get(CatalogSeeder).seed();
    await app.app.get(TechnologyIndexer).rebuild();
  });
  afterEach(() => fake.assertNoViolations());
  afterAll(async () => {
    await app?.close();
    await fake.stop();
  });

  const swapBodies = () =>
    fake.requestsTo('POST', /^\/swap-indexes$/).map((swap) => swap.body as { indexes: string[] }[]);
  const swapsOf = (index: string) => swapBodies().filter(([pair]) => pair.indexes[0] === index).length;
  const rebuilding = () => Object.keys(fake.indexSizes()).some((uid) => uid.includes('__rebuild_'));

  const state = () =>
    `swaps ${JSON.stringify(swapBodies())}; indexes ${JSON.stringify(fake.indexSizes())}; failed ${JSON.stringify(fake.replies.filter((reply) => reply.status >= 400).slice(-3))}`;

  const searchTotal = async (): Promise<number> =>
    expectStatus(await app.request({ method: 'GET', url: '/api/v1/technologies/search?limit=1' }), 200).body
      .total as number;

  it('serves the published listings after a rebuild, and configuring again sends no settings', async () => {
    expect(await searchTotal()).toBe(PUBLISHED);
    const patches = fake.requestsTo('PATCH', /^\/indexes\/technologies\/settings$/).length;
    expect(await app.app.get(TechnologyIndexer).configure()).toBe('unchanged');
    expect(fake.requestsTo('PATCH', /^\/indexes\/technologies\/settings$/)).toHaveLength(patches);
  });

  it('rebuilds by swap: searches through the api during a rebuild always see the whole index', async () => {
    const totals: number[] = [];
    let done = false;
    const rebuild = app.app
      .get(TechnologyIndexer)
      .rebuild()
      .finally(() => (done = true));
    while (!done) totals.push(await searchTotal());
    expect(await rebuild).toEqual({ indexed: PUBLISHED, removed: 0 });
    expect(totals.length).toBeGreaterThan(0);
    expect(new Set(totals)).toEqual(new Set([PUBLISHED]));
    const ours = swapBodies().at(-1);
    expect(ours).toEqual([
      { indexes: ['technologies', expect.stringMatching(/^technologies__rebuild_\w+$/)] },
    ]);
    // The copy swapped out (now holding the old documents) is deleted once the new index is live.
    expect(Object.keys(fake.indexSizes())).not.toContain(ours?.[0].indexes[1]);
  });

  it('queues a rebuild at boot when the index settings changed, and none when they did not', async () => {
    const startup = app.app.get(TechnologyIndexStartup);
    const swaps = () => swapsOf('technologies');
    const before = swaps();
    await startup.onApplicationBootstrap();
    await app.settle();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(swaps()).toBe(before);

    const searchable = TECHNOLOGY_INDEX_SETTINGS.searchableAttributes;
    TECHNOLOGY_INDEX_SETTINGS.searchableAttributes = [...searchable, 'vendorCountry'];
    try {
      await startup.onApplicationBootstrap();
      await app.settle();
    } finally {
      TECHNOLOGY_INDEX_SETTINGS.searchableAttributes = searchable;
    }
    await waitFor(
      () => swaps() === before + 1 && !rebuilding(),
      () => `${before} swaps before; ${state()}`,
    );
    expect(await searchTotal()).toBe(PUBLISHED);
  });
});

async function waitFor(condition: () => boolean, describe: () => string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not met within ${timeoutMs} ms: ${describe()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
