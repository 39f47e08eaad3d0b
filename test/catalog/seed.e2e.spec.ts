import { CatalogSeeder, SEED_LOGINS, SEED_TECHNOLOGIES } from '@3ipet/catalog';
import { loadConfig } from '@3ipet/config';
import { TestApp, bootTestApp } from '../support/app';
import { expectStatus } from './support/catalog-kit';

/** First start of the embedded setup (PGlite, inline queue, embedded search) with SEED_ON_FIRST_START. */
describe('demo seed on the first embedded start', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootTestApp('pglite', { SEED_ON_FIRST_START: 'true' });
  });
  afterAll(() => app?.close());

  it('seeds organisations, logins and listings, and the index is ready when the api answers', async () => {
    const [{ organizations }] = await app.dataSource.query(
      `SELECT count(*)::int AS organizations FROM organization`,
    );
    expect(organizations).toBeGreaterThanOrEqual(25);
    const published = SEED_TECHNOLOGIES.filter((seed) => seed.status === 'published').length;
    expect(
      expectStatus(await app.request({ method: 'GET', url: '/api/v1/technologies/search?limit=1' }), 200).body
        .total,
    ).toBe(published);
    expect(await app.app.get(CatalogSeeder).isEmpty()).toBe(false);
  });

  it.each([
    ['admin', SEED_LOGINS.admin],
    ['vendor', SEED_LOGINS.vendor],
    ['agency', SEED_LOGINS.agency],
  ])('lets the demo %s sign in', async (role, login) => {
    const response = await app.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { email: login.email, password: login.password },
    });
    expect(expectStatus(response, 200).body.user).toMatchObject({ role });
  });

  it('gives the demo vendor published, draft and archived listings', async () => {
    const login = await app.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { email: SEED_LOGINS.vendor.email, password: SEED_LOGINS.vendor.password },
    });
    const mine = await app.request({
      method: 'GET',
      url: '/api/v1/technologies?mine=true&limit=50',
      token: login.body.accessToken,
    });
    const statuses = new Set(
      expectStatus(mine, 200).body.items.map((item: { status: string }) => item.status),
    );
    expect([...statuses].sort()).toEqual(['archived', 'draft', 'published']);
  });
});

/** Production with the embedded database: the demo logins (known passwords) must never be created. */
describe('no demo seed in production', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'production-secret-production-secret-0' };

  it('starts an empty embedded production instance without seeding, whatever the default says', async () => {
    const app = await bootTestApp('pglite', { ...production, SEED_ON_FIRST_START: '' });
    try {
      const [{ users }] = await app.dataSource.query(`SELECT count(*)::int AS users FROM app_user`);
      expect(users).toBe(0);
      const login = await app.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { email: SEED_LOGINS.admin.email, password: SEED_LOGINS.admin.password },
      });
      expect(login.status).toBe(401);
    } finally {
      await app.close();
    }
  });

  it('refuses SEED_ON_FIRST_START=true in production at boot, pointing at admin:create', () => {
    expect(() => loadConfig({ ...production, SEED_ON_FIRST_START: 'true' })).toThrow(
      /SEED_ON_FIRST_START=true is refused when NODE_ENV=production.*npm run admin:create/,
    );
  });
});
