import { seededRandom } from '@3ipet/catalog';
import { OutboxRelay } from '@3ipet/database';
import { SearchEngine } from '@3ipet/search';
import { TestApp, TestResponse, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestAdmin, TestMember, factories } from '../support/factories';
import { CatalogDriver, expectStatus } from './support/catalog-kit';
import { indexedVersions, publishedVersions, waitForIndexToMatchDatabase } from './support/index-sync';
import { SearchFaultInjector } from './support/search-fault-injector';

interface Tracked {
  id: string;
  version: number;
  status: string;
  owner: TestMember;
}

/** The writes a listing in each state can take next (by its owner or an admin). */
const NEXT: Record<string, string[]> = {
  draft: ['submit', 'edit'],
  submitted: ['publish', 'publish', 'request-changes', 'edit'],
  changes_requested: ['submit', 'edit'],
  published: ['edit', 'edit', 'edit', 'confirm', 'archive'],
  archived: [],
};

describe.each(databaseLegs())('search index consistency (%s)', (leg) => {
  let app: TestApp;
  let driver: CatalogDriver;
  let admin: TestAdmin;
  let vendors: TestMember[];
  let faults: SearchFaultInjector;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    const kit = await factories(app);
    driver = new CatalogDriver(app, kit);
    admin = await kit.newAdmin();
    vendors = await Promise.all([1, 2, 3, 4].map(() => kit.newMember('vendor')));
    faults = new SearchFaultInjector(app.app.get(SearchEngine));
  });
  afterAll(() => app?.close());

  async function write(listing: Tracked, action: string, n: number): Promise<TestResponse> {
    const url = `/api/v1/technologies/${listing.id}`;
    if (action === 'edit') {
      const body = { version: listing.version, title: `Bag filter revision ${n}`, trl: 1 + (n % 9) };
      return app.request({ method: 'PATCH', url, token: listing.owner.token, body });
    }
    const actor = action === 'publish' || action === 'request-changes' ? admin : listing.owner;
    return driver.move(
      actor,
      listing.id,
      action,
      listing.version,
      action === 'request-changes' ? { reason: 'More evidence.' } : {},
    );
  }

  it('after a burst of 500 mixed writes the index holds exactly the published listings', async () => {
    const random = seededRandom(7);
    const listings: Tracked[] = [];
    let writes = 0;
    while (writes < 500) {
      // Five writes at a time, each on a different listing, while index jobs run in the background.
      const batch: Promise<void>[] = [];
      const busy = new Set<string>();
      for (let slot = 0; slot < 5 && writes < 500; slot += 1, writes += 1) {
        const movable = listings.filter((l) => NEXT[l.status].length > 0 && !busy.has(l.id));
        const n = writes;
        if (movable.length === 0 || random() < 0.2) {
          const owner = vendors[Math.floor(random() * vendors.length)];
          batch.push(
            driver
              .create(owner, { title: `Electrostatic precipitator ${n}` })
              .then((created) => void listings.push({ ...created, owner })),
          );
          continue;
        }
        const listing = movable[Math.floor(random() * movable.length)];
        const action = NEXT[listing.status][Math.floor(random() * NEXT[listing.status].length)];
        busy.add(listing.id);
        batch.push(
          write(listing, action, n).then((response) => {
            const body = expectStatus(response, 200).body;
            Object.assign(listing, { version: body.version, status: body.status });
          }),
        );
      }
      await Promise.all(batch);
    }
    const indexed = await waitForIndexToMatchDatabase(app);
    expect(indexed.size).toBe(listings.filter((l) => l.status === 'published').length);
    expect(indexed.size).toBeGreaterThan(10);
  });

  it('keeps accepting writes while the search engine is down, and the index catches up after recovery', async () => {
    await waitForIndexToMatchDatabase(app);
    const owner = vendors[0];
    const toArchive = await driver.published(owner, admin, { title: 'Listing archived during the outage' });
    await waitForIndexToMatchDatabase(app);

    faults.failing = true;
    const publishedDuringOutage = [];
    for (let i = 0; i < 5; i += 1)
      publishedDuringOutage.push(
        await driver.published(owner, admin, { title: `Published during outage ${i}` }),
      );
    const archived = await driver.move(owner, toArchive.id, 'archive', toArchive.version);
    expect(archived.status).toBe(200);
    const searchDuringOutage = await driver.search('q=outage');
    expect(searchDuringOutage.status).toBe(503);
    expect(searchDuringOutage.headers['content-type']).toMatch(/^application\/problem\+json/);

    await app.app.get(OutboxRelay).drain();
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(faults.rejectedCalls).toBeGreaterThan(0);
    faults.failing = false;
    const staleIndex = await indexedVersions(app.app.get(SearchEngine));
    expect(staleIndex.has(toArchive.id)).toBe(true);
    expect(publishedDuringOutage.some((listing) => !staleIndex.has(listing.id))).toBe(true);

    const caughtUp = await waitForIndexToMatchDatabase(app, 60_000);
    expect(caughtUp.has(toArchive.id)).toBe(false);
    for (const listing of publishedDuringOutage) expect(caughtUp.has(listing.id)).toBe(true);
    expect(caughtUp).toEqual(await publishedVersions(app));
  });
});
