import { CatalogSeeder } from '@3ipet/catalog';
import { SEED_LOGINS } from '@3ipet/catalog';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { expectStatus } from './support/needs-kit';

describe.each(databaseLegs())('demo needs and events on top of the catalog seed (%s)', (leg) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    // The catalog seeder runs the needs and events seeds through the api's demo seed extensions.
    await app.app.get(CatalogSeeder).seed();
    await app.settle();
    const [counts] = await app.dataSource.query(
      // The projects seed adds a need of its own for each demo project: not counted here.
      `SELECT (SELECT count(*)::int FROM need WHERE id NOT IN (SELECT need_id FROM project)) AS needs,
              (SELECT count(*)::int FROM event) AS events`,
    );
    expect(counts).toEqual({ needs: 7, events: 7 });
  });
  afterAll(() => app.close());

  const login = async (email: string, password: string): Promise<string> =>
    expectStatus(
      await app.request({ method: 'POST', url: '/api/v1/auth/login', body: { email, password } }),
      200,
    ).body.accessToken;

  it('lets the seeded agency see its needs and a seeded vendor find the open ones', async () => {
    const agency = await login(SEED_LOGINS.agency.email, SEED_LOGINS.agency.password);
    const mine = expectStatus(
      await app.request({ method: 'GET', url: '/api/v1/needs', token: agency }),
      200,
    ).body;
    const projectNeeds = new Set(
      (await app.dataSource.query(`SELECT need_id::text AS id FROM project`)).map(
        (row: { id: string }) => row.id,
      ),
    );
    const needsSeeded = mine.items.filter((n: { id: string }) => !projectNeeds.has(n.id));
    expect(needsSeeded.map((n: { status: string }) => n.status).sort()).toEqual(['draft', 'open']);
    const vendor = await login(SEED_LOGINS.vendor.email, SEED_LOGINS.vendor.password);
    const found = expectStatus(
      await app.request({ method: 'GET', url: '/api/v1/needs/search?q=brick%20kilns', token: vendor }),
      200,
    ).body;
    expect(found.items[0].title).toMatch(/brick kilns in the Kathmandu valley/);
    const all = expectStatus(
      await app.request({ method: 'GET', url: '/api/v1/needs/search?limit=100', token: vendor }),
      200,
    ).body;
    expect(all.total).toBe(5);
    expect(all.facets.country).toEqual({ IN: 2, LK: 2, NP: 1 });
  });

  it('puts the demo events on the public calendar and in the feed', async () => {
    const upcoming = expectStatus(await app.request({ method: 'GET', url: '/api/v1/events' }), 200).body;
    expect(upcoming.total).toBe(6);
    expect(upcoming.items[0].kind).toBe('webinar');
    const feed = expectStatus(await app.request({ method: 'GET', url: '/api/v1/events.ics' }), 200).text;
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(6);
  });
});
