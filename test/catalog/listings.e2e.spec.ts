import { ListingExpiryService, LISTING_EXPIRED_JOB_TYPE } from '@3ipet/catalog';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestAdmin, TestMember, factories } from '../support/factories';
import { CatalogDriver, expectStatus, validListing } from './support/catalog-kit';
import { waitForIndexToMatchDatabase } from './support/index-sync';
import { expireNow } from './support/listing-states';

describe.each(databaseLegs())('listing visibility, lists and expiry (%s)', (leg) => {
  let app: TestApp;
  let driver: CatalogDriver;
  let owner: TestMember;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    const kit = await factories(app);
    driver = new CatalogDriver(app, kit);
    owner = await kit.newMember('vendor');
    admin = await kit.newAdmin();
  });
  afterAll(() => app?.close());

  it('serves the taxonomy to anyone', async () => {
    const taxonomy = expectStatus(await app.request({ method: 'GET', url: '/api/v1/taxonomy' }), 200).body;
    expect(taxonomy.pollutants.map((p: { id: string }) => p.id)).toContain('black-carbon');
    const endOfPipe = taxonomy.categoryGroups.find((g: { id: string }) => g.id === 'end-of-pipe');
    expect(endOfPipe.categories.map((c: { id: string }) => c.id)).toContain('end-of-pipe.esp');
    expect(taxonomy.trl).toHaveLength(9);
  });

  it('creates a draft in the caller’s organisation, visible only to it and admins', async () => {
    const draft = await driver.create(owner);
    expect(draft).toMatchObject({ status: 'draft', version: 1, vendorOrganizationId: owner.organizationId });
    // Sectors as named (no parent added); every pollutant gets an intent.
    expect(draft).toMatchObject({ sectors: ['industry.cement'], deploymentCountries: ['NP'] });
    const stored = (await driver.get(owner, draft.id)).body as {
      intents: { pollutant: string }[];
      pollutants: string[];
    };
    expect(stored.intents.map((i) => i.pollutant)).toEqual(stored.pollutants);
    expect((await driver.get(owner, draft.id)).status).toBe(200);
    expect((await driver.get(admin, draft.id)).status).toBe(200);
    expect((await driver.get(null, draft.id)).status).toBe(404);
    expect((await driver.get(await driver.kit.newMember('vendor'), draft.id)).status).toBe(404);
  });

  it('carries the vendor’s translations in search hits, so a Chinese page can show the Chinese title', async () => {
    const published = await driver.published(owner, admin, {
      title: 'Translated hit for Chinese search pages',
      translations: [{ language: 'zh', title: '中文搜索结果标题', summary: '中文摘要' }],
    });
    await waitForIndexToMatchDatabase(app);
    const hit = expectStatus(await driver.search('q=Translated%20hit'), 200).body.items.find(
      (item: { id: string }) => item.id === published.id,
    );
    expect(hit.translations).toEqual([{ language: 'zh', title: '中文搜索结果标题', summary: '中文摘要' }]);
  });

  it('expires listings not re-confirmed for twelve months, notifies the vendor through the outbox, and confirm revives them', async () => {
    const published = await driver.published(owner, admin, { title: 'Expiring listing' });
    await waitForIndexToMatchDatabase(app);
    const expired = await expireNow(driver, published.id);
    const [notice] = await app.dataSource.query(
      `SELECT payload FROM outbox_message WHERE job_type = $1 AND payload->>'technologyId' = $2`,
      [LISTING_EXPIRED_JOB_TYPE, published.id],
    );
    expect(notice.payload).toMatchObject({ organizationId: owner.organizationId, title: 'Expiring listing' });
    await waitForIndexToMatchDatabase(app);
    expect((await driver.search('q=Expiring')).body.total).toBe(0);
    expect(await app.app.get(ListingExpiryService).expireDue()).toBe(0);
    const revived = expectStatus(
      await driver.move(owner, published.id, 'confirm', expired.version),
      200,
    ).body;
    expect(revived.status).toBe('published');
    expect(Date.parse(revived.expiresAt)).toBeGreaterThan(Date.now() + 360 * 86_400_000);
  });

  it('lists the caller’s own listings, and the review queue oldest first for admins', async () => {
    const vendor = await driver.kit.newMember('vendor');
    const first = await driver.submitted(vendor, { title: 'Queue first' });
    const second = await driver.submitted(vendor, { title: 'Queue second' });
    await driver.create(vendor, { title: 'Still a draft' });
    const mine = expectStatus(
      await app.request({
        method: 'GET',
        url: '/api/v1/technologies?mine=true&limit=10',
        token: vendor.token,
      }),
      200,
    ).body;
    expect(mine.total).toBe(3);
    const queue = expectStatus(
      await app.request({
        method: 'GET',
        url: '/api/v1/technologies?status=submitted&limit=100',
        token: admin.token,
      }),
      200,
    ).body;
    const ids = queue.items.map((item: { id: string }) => item.id);
    expect(ids.indexOf(first.id)).toBeLessThan(ids.indexOf(second.id));
    expect(queue.items.every((item: { status: string }) => item.status === 'submitted')).toBe(true);
    expect(
      (await app.request({ method: 'GET', url: '/api/v1/technologies?limit=101', token: admin.token }))
        .status,
    ).toBe(400);
    expect(
      (
        await app.request({
          method: 'GET',
          url: '/api/v1/technologies',
          token: (await driver.kit.newMember('agency')).token,
        })
      ).status,
    ).toBe(403);
  });

  it('names the field and rule of taxonomy violations', async () => {
    const response = await app.request({
      method: 'POST',
      url: '/api/v1/technologies',
      token: owner.token,
      body: validListing({ pollutants: ['pm2.5', 'PM25'], category: 'end-of-pipe.magic' }),
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          field: 'pollutants',
          rule: 'inTaxonomy',
          message: expect.stringContaining('PM25'),
        }),
        expect.objectContaining({ field: 'category', rule: 'inTaxonomy' }),
      ]),
    );
    expect(
      (await app.request({ method: 'GET', url: '/api/v1/technologies/not-a-uuid' })).body.errors,
    ).toEqual([expect.objectContaining({ field: 'id', rule: 'isUuid' })]);
  });
});
