import { FakeMeilisearchServer } from '@3ipet/search';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, factories } from '../support/factories';
import { expectStatus } from '../catalog/support/catalog-kit';

const MASTER_KEY = 'library-e2e-master-key';

/** The library index on Meilisearch (the OpenAPI-checked double): settings, indexing on publish, search. */
describe.each(databaseLegs())('library index on Meilisearch (%s)', (leg) => {
  const fake = new FakeMeilisearchServer({ masterKey: MASTER_KEY });
  let app: TestApp;
  let kit: Factories;
  let admin: TestAdmin;

  beforeAll(async () => {
    const url = await fake.start();
    app = await bootTestApp(leg, { MEILI_URL: url, MEILI_MASTER_KEY: MASTER_KEY });
    kit = await factories(app);
    admin = await kit.newAdmin();
    await app.settle();
    // The new index queued a reindex at boot; on BullMQ it runs in the background.
    await waitFor(
      () => fake.requestsTo('POST', /^\/swap-indexes$/).some(isLibrarySwap) && !rebuilding(),
      () =>
        `swaps ${JSON.stringify(fake.requestsTo('POST', /^\/swap-indexes$/).map((s) => s.body))}; ` +
        `indexes ${JSON.stringify(fake.indexSizes())}; ` +
        `failed ${JSON.stringify(fake.replies.filter((reply) => reply.status >= 400).slice(-3))}`,
    );
  }, 300_000);
  afterEach(() => fake.assertNoViolations());
  afterAll(async () => {
    await app?.close();
    await fake.stop();
  });

  const isLibrarySwap = (swap: { body: unknown }) =>
    (swap.body as { indexes: string[] }[])[0]?.indexes[0] === 'library';
  const rebuilding = () => Object.keys(fake.indexSizes()).some((uid) => uid.includes('__rebuild_'));

  const found = async (q: string): Promise<string[]> => {
    await app.settle();
    const deadline = Date.now() + 60_000;
    // On BullMQ the index job runs in the background: wait for it, not for a fixed time.
    for (;;) {
      const body = expectStatus(
        await app.request({ method: 'GET', url: `/api/v1/library/search?q=${encodeURIComponent(q)}` }),
        200,
      ).body;
      const ids: string[] = body.items.map((item: { id: string }) => item.id);
      if (ids.length > 0 || Date.now() > deadline) return ids;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  it('indexes a published resource and finds it with a typo and in Chinese', async () => {
    const settings = fake.requestsTo('PATCH', /^\/indexes\/library\/settings$/);
    expect(settings.length).toBeGreaterThan(0);
    const created = expectStatus(
      await app.request({
        method: 'POST',
        url: '/api/v1/library',
        token: admin.token,
        body: {
          kind: 'case-study',
          title: 'Emissions inventory for Kathmandu',
          body: 'Activity data, emission factors and a base year.',
          translations: [{ language: 'zh', title: '加德满都排放清单', body: '活动水平数据与排放因子。' }],
          date: '2026-01-15',
          countries: ['NP'],
        },
      }),
      201,
    ).body;
    expectStatus(
      await app.request({
        method: 'POST',
        url: `/api/v1/library/${created.id}/publish`,
        token: admin.token,
        body: { version: 1 },
      }),
      200,
    );
    expect(await found('inventroy Kathmandu')).toEqual([created.id]);
    expect(await found('排放清单')).toEqual([created.id]);
  }, 120_000);
});

async function waitFor(condition: () => boolean, state: () => string, timeoutMs = 150_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`not met within ${timeoutMs} ms: ${state()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
