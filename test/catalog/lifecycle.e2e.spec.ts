import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestAdmin, TestMember, factories } from '../support/factories';
import { CatalogDriver, expectStatus } from './support/catalog-kit';
import { waitForIndexToMatchDatabase } from './support/index-sync';

describe.each(databaseLegs())('listing lifecycle (%s)', (leg) => {
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

  it('publishes with dates, clears the review reason and records the admin actions in the audit log', async () => {
    const submitted = await driver.submitted(owner);
    const sentBack = await driver.move(admin, submitted.id, 'request-changes', submitted.version, {
      reason: 'Add a cost range.',
    });
    expect(expectStatus(sentBack, 200).body).toMatchObject({
      status: 'changes_requested',
      changesRequestedReason: 'Add a cost range.',
    });
    const again = expectStatus(
      await driver.move(owner, submitted.id, 'submit', sentBack.body.version),
      200,
    ).body;
    const published = expectStatus(
      await driver.move(admin, submitted.id, 'publish', again.version),
      200,
    ).body;
    expect(published).toMatchObject({ status: 'published', changesRequestedReason: null });
    const monthsValid =
      (Date.parse(published.expiresAt) - Date.parse(published.confirmedAt)) / (30.4 * 86_400_000);
    expect(Math.round(monthsValid)).toBe(12);
    const audit = await app.dataSource.query(
      `SELECT action, actor_id, before, after FROM audit_entry WHERE target_id = $1 ORDER BY id`,
      [submitted.id],
    );
    expect(audit.map((entry: { action: string }) => entry.action)).toEqual([
      'technology.requestChanges',
      'technology.publish',
    ]);
    expect(audit[0]).toMatchObject({
      actor_id: admin.userId,
      after: { status: 'changes_requested', reason: 'Add a cost range.' },
    });
    expect((await driver.get(null, submitted.id)).status).toBe(200);
  });

  it('answers a stale version with 409 problem+json carrying the current version, and writes nothing', async () => {
    const draft = await driver.create(owner);
    expectStatus(
      await app.request({
        method: 'PATCH',
        url: `/api/v1/technologies/${draft.id}`,
        token: owner.token,
        body: { version: 1, title: 'Second title' },
      }),
      200,
    );
    const stale = await app.request({
      method: 'PATCH',
      url: `/api/v1/technologies/${draft.id}`,
      token: owner.token,
      body: { version: 1, title: 'Lost update' },
    });
    expect(stale.status).toBe(409);
    expect(stale.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(stale.body).toMatchObject({ type: 'https://3ipet.org/problems/stale-version', currentVersion: 2 });
    expect((await driver.get(owner, draft.id)).body.title).toBe('Second title');
  });

  it('lets exactly one of a concurrent publish and edit based on the same version win', async () => {
    for (let round = 0; round < 8; round += 1) {
      const submitted = await driver.submitted(owner);
      const [publish, edit] = await Promise.all([
        driver.move(admin, submitted.id, 'publish', submitted.version),
        app.request({
          method: 'PATCH',
          url: `/api/v1/technologies/${submitted.id}`,
          token: owner.token,
          body: { version: submitted.version, title: `Race ${round}` },
        }),
      ]);
      expect([publish.status, edit.status].sort()).toEqual([200, 409]);
      const current = (await driver.get(owner, submitted.id)).body;
      expect(current.version).toBe(submitted.version + 1);
      expect(current.status).toBe(publish.status === 200 ? 'published' : 'submitted');
      expect(current.title === `Race ${round}`).toBe(edit.status === 200);
    }
  });

  it('lets exactly one of two concurrent edits of the same version win', async () => {
    const draft = await driver.create(owner);
    const edits = await Promise.all(
      ['A', 'B', 'C'].map((title) =>
        app.request({
          method: 'PATCH',
          url: `/api/v1/technologies/${draft.id}`,
          token: owner.token,
          body: { version: 1, title },
        }),
      ),
    );
    expect(edits.map((edit) => edit.status).sort()).toEqual([200, 409, 409]);
  });

  it('keeps an edited published listing published and re-indexes it', async () => {
    const published = await driver.published(owner, admin, { title: 'Fog cannon for quarries' });
    const edited = await app.request({
      method: 'PATCH',
      url: `/api/v1/technologies/${published.id}`,
      token: owner.token,
      body: { version: published.version, title: 'Fog cannon for stone quarries and crushers' },
    });
    expect(expectStatus(edited, 200).body).toMatchObject({
      status: 'published',
      version: published.version + 1,
    });
    await waitForIndexToMatchDatabase(app);
    const hits = (await driver.search('q=crushers')).body.items;
    expect(hits.map((hit: { id: string; title: string }) => [hit.id, hit.title])).toContainEqual([
      published.id,
      'Fog cannon for stone quarries and crushers',
    ]);
  });

  it('validates a patch against the merged listing: min cost above the stored max is refused', async () => {
    const draft = await driver.create(owner);
    const response = await app.request({
      method: 'PATCH',
      url: `/api/v1/technologies/${draft.id}`,
      token: owner.token,
      body: { version: 1, capitalCostMinUsd: 9_000_000 },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toContainEqual(
      expect.objectContaining({ field: 'capitalCostMaxUsd', rule: 'notBelow' }),
    );
    const cleared = await app.request({
      method: 'PATCH',
      url: `/api/v1/technologies/${draft.id}`,
      token: owner.token,
      body: { version: 1, capitalCostMaxUsd: null, operatingCostNote: null },
    });
    expect(expectStatus(cleared, 200).body).toMatchObject({
      capitalCostMaxUsd: null,
      operatingCostNote: null,
      version: 2,
    });
  });

  it('deletes drafts only', async () => {
    const draft = await driver.create(owner);
    expect(
      (await app.request({ method: 'DELETE', url: `/api/v1/technologies/${draft.id}`, token: owner.token }))
        .status,
    ).toBe(204);
    expect((await driver.get(owner, draft.id)).status).toBe(404);
    const submitted = await driver.submitted(owner);
    const refused = await app.request({
      method: 'DELETE',
      url: `/api/v1/technologies/${submitted.id}`,
      token: owner.token,
    });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      type: 'https://3ipet.org/problems/invalid-transition',
      listingStatus: 'submitted',
    });
  });
});
