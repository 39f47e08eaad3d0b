import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { factories } from '../support/factories';
import { CatalogDriver } from '../catalog/support/catalog-kit';

/** What crawlers and browsers get beside the web UI: robots.txt, a real sitemap, and 404 for unknown pages. */
describe.each(databaseLegs())('robots.txt, sitemap.xml and unknown pages (%s)', (leg) => {
  let app: TestApp;
  let webRoot: string;
  let driver: CatalogDriver;

  beforeAll(async () => {
    webRoot = mkdtempSync(join(tmpdir(), '3ipet-web-root-'));
    writeFileSync(join(webRoot, 'index.html'), '<!doctype html><title>3iPET</title><div id="root"></div>');
    app = await bootTestApp(leg, { PUBLIC_URL: 'https://3ipet.example.org' }, { webRoot });
    const kit = await factories(app);
    driver = new CatalogDriver(app, kit);
  }, 180_000);
  afterAll(async () => {
    await app?.close();
    rmSync(webRoot, { recursive: true, force: true });
  });

  const page = (url: string) => app.request({ method: 'GET', url, headers: { accept: 'text/html' } });

  it('answers the app with 200 for its pages and with 404 for paths no page has', async () => {
    expect((await page('/search?q=esp')).status).toBe(200);
    // A record page of a listing nobody published reads as unknown too (page-heads.e2e.spec.ts has the rest).
    expect((await page('/technologies/1f0c6a52-3c1e-4d7b-9b1e-7f5d1e2a9c44')).status).toBe(404);
    const unknown = await page('/no-such-page');
    expect(unknown.status).toBe(404);
    expect(unknown.text).toContain('<div id="root">');
    expect((await app.request({ method: 'GET', url: '/api/v1/no-such-route' })).status).toBe(404);
  });

  it('serves robots.txt pointing at the sitemap, and a sitemap listing published listings only', async () => {
    const robots = await app.request({ method: 'GET', url: '/robots.txt' });
    expect(robots.status).toBe(200);
    expect(robots.headers['content-type']).toContain('text/plain');
    expect(robots.text).toContain('Sitemap: https://3ipet.example.org/sitemap.xml');

    const owner = await driver.kit.newMember('vendor');
    const admin = await driver.kit.newAdmin();
    const published = await driver.published(owner, admin, { title: 'Listing for the sitemap' });
    const draft = await driver.create(owner, { title: 'Draft kept out of the sitemap' });
    const sitemap = await app.request({ method: 'GET', url: '/sitemap.xml' });
    expect(sitemap.status).toBe(200);
    expect(sitemap.headers['content-type']).toContain('application/xml');
    expect(sitemap.text).toContain('<loc>https://3ipet.example.org/search</loc>');
    expect(sitemap.text).toContain(`<loc>https://3ipet.example.org/technologies/${published.id}</loc>`);
    expect(sitemap.text).toContain(
      `<loc>https://3ipet.example.org/organizations/${owner.organizationId}</loc>`,
    );
    expect(sitemap.text).not.toContain(draft.id);
  });
});
