import { TECHNOLOGY_INDEX, TechnologyIndexer } from '@3ipet/catalog';
import { SearchDocument, SearchEngine } from '@3ipet/search';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, TestMember, factories } from '../support/factories';
import { NeedsDriver } from '../needs/support/needs-kit';
import { CatalogDriver, expectStatus } from './support/catalog-kit';
import { indexedVersions, publishedVersions } from './support/index-sync';

const ORGANIZATION_CHANGED = 'identity.organization-changed';

describe.each(databaseLegs())('search documents follow organisation changes (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let catalog: CatalogDriver;
  let needs: NeedsDriver;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    catalog = new CatalogDriver(app, kit);
    needs = new NeedsDriver(app, kit);
    admin = await kit.newAdmin();
  });
  afterAll(() => app?.close());

  const changeRows = async (organizationId: string): Promise<number> => {
    const [{ n }] = await app.dataSource.query(
      `SELECT count(*)::int AS n FROM outbox_message WHERE job_type = $1 AND payload->>'organizationId' = $2`,
      [ORGANIZATION_CHANGED, organizationId],
    );
    return n;
  };

  const patchProfile = (member: TestMember, body: object) =>
    app.request({
      method: 'PATCH',
      url: `/api/v1/organizations/${member.organizationId}`,
      token: member.token,
      body,
    });

  const setVerified = (organizationId: string, verified: boolean) =>
    app.request({
      method: 'POST',
      url: `/api/v1/organizations/${organizationId}/verify`,
      token: admin.token,
      body: verified ? { verified } : { verified, reason: 'Checked again: the registration lapsed.' },
    });

  const technologyHits = async (q: string) =>
    expectStatus(await catalog.search(`q=${encodeURIComponent(q)}`), 200).body.items as {
      id: string;
      title: string;
      vendor: { id: string; name: string; country: string; verified: boolean };
    }[];

  it('shows the verified badge once an admin verifies the vendor, and drops it when withdrawn', async () => {
    const vendor = await kit.newMember('vendor');
    const listing = await catalog.published(vendor, admin, { title: 'Quokka baghouse for clinker coolers' });
    await app.settle();
    expect(await technologyHits('quokka')).toMatchObject([{ id: listing.id, vendor: { verified: false } }]);

    expectStatus(await setVerified(vendor.organizationId, true), 200);
    expect(await changeRows(vendor.organizationId)).toBe(1);
    await app.settle();
    expect(await technologyHits('quokka')).toMatchObject([
      { id: listing.id, vendor: { id: vendor.organizationId, verified: true } },
    ]);

    // Verifying again changes nothing, so nothing is written.
    expectStatus(await setVerified(vendor.organizationId, true), 200);
    expect(await changeRows(vendor.organizationId)).toBe(1);

    expectStatus(await setVerified(vendor.organizationId, false), 200);
    await app.settle();
    expect(await technologyHits('quokka')).toMatchObject([{ id: listing.id, vendor: { verified: false } }]);
  });

  it('drops the badge of a verified vendor its member renames, until an admin verifies it again', async () => {
    const vendor = await kit.newMember('vendor');
    const listing = await catalog.published(vendor, admin, { title: 'Numbat scrubber for glass furnaces' });
    expectStatus(await setVerified(vendor.organizationId, true), 200);
    await app.settle();
    expect(await technologyHits('numbat')).toMatchObject([{ id: listing.id, vendor: { verified: true } }]);

    // Other edits keep the badge; so does an admin's correction of the name.
    expect(expectStatus(await patchProfile(vendor, { city: 'Ningbo' }), 200).body.verified).toBe(true);
    const corrected = await app.request({
      method: 'PATCH',
      url: `/api/v1/organizations/${vendor.organizationId}`,
      token: admin.token,
      body: { name: 'Numbat Filters Ltd' },
    });
    expect(expectStatus(corrected, 200).body.verified).toBe(true);

    const renamed = expectStatus(await patchProfile(vendor, { name: 'Totally Different Trading Co' }), 200);
    expect(renamed.body).toMatchObject({
      name: 'Totally Different Trading Co',
      verified: false,
      verifiedAt: null,
    });
    await app.settle();
    expect(await technologyHits('numbat')).toMatchObject([
      { id: listing.id, vendor: { name: 'Totally Different Trading Co', verified: false } },
    ]);

    const toVerify = await app.request({
      method: 'GET',
      url: '/api/v1/organizations?verified=false&kind=vendor&limit=100',
      token: admin.token,
    });
    expect(toVerify.body.items.map((org: { id: string }) => org.id)).toContain(vendor.organizationId);
    const audit = await app.request({
      method: 'GET',
      url: `/api/v1/admin/audit?targetId=${vendor.organizationId}&action=organization.unverified-by-rename`,
      token: admin.token,
    });
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        actorId: vendor.userId,
        before: expect.objectContaining({ name: 'Numbat Filters Ltd', verified: true }),
        after: expect.objectContaining({ name: 'Totally Different Trading Co', verified: false }),
      }),
    ]);

    expectStatus(await setVerified(vendor.organizationId, true), 200);
    await app.settle();
    expect(await technologyHits('numbat')).toMatchObject([{ id: listing.id, vendor: { verified: true } }]);
  });

  it("shows a vendor's new name and country, finds its listings by the new name, and leaves drafts out", async () => {
    const vendor = await kit.newMember('vendor');
    const listing = await catalog.published(vendor, admin, { title: 'Wombat scrubber for glass furnaces' });
    const draft = await catalog.create(vendor, { title: 'Wombat draft nobody may find' });
    await app.settle();
    expect(await technologyHits('Zephyrine')).toEqual([]);

    expectStatus(await patchProfile(vendor, { name: 'Zephyrine Filtration Works', country: 'VN' }), 200);
    await app.settle();
    expect(await technologyHits('wombat')).toMatchObject([
      { id: listing.id, vendor: { name: 'Zephyrine Filtration Works', country: 'VN' } },
    ]);
    expect((await technologyHits('Zephyrine')).map((hit) => hit.id)).toEqual([listing.id]);
    expect((await technologyHits('wombat')).map((hit) => hit.id)).not.toContain(draft.id);
  });

  it('shows an agency’s new name on its open needs and finds them by it', async () => {
    const agency = await needs.verifiedMember('agency');
    const reader = await needs.verifiedMember('vendor');
    const need = await needs.opened(agency, { title: 'Numbat kiln stack monitoring' });
    await app.settle();

    expectStatus(await patchProfile(agency, { name: 'Xanadu Valley Clean Air Office' }), 200);
    await app.settle();
    const hits = expectStatus(await needs.search(reader, 'q=numbat'), 200).body.items;
    expect(hits).toMatchObject([
      { id: need.id, organization: { id: agency.organizationId, name: 'Xanadu Valley Clean Air Office' } },
    ]);
    const byName = expectStatus(await needs.search(reader, 'q=Xanadu'), 200).body.items;
    expect(byName.map((hit: { id: string }) => hit.id)).toEqual([need.id]);
    // The rename dropped the badge (verification goes back to pending); an admin verifies the new name, then
    // withdraws it: each decision reaches the need's search document.
    expect(hits[0].organization.verified).toBe(false);
    expectStatus(await setVerified(agency.organizationId, true), 200);
    await app.settle();
    expect(expectStatus(await needs.search(reader, 'q=numbat'), 200).body.items).toMatchObject([
      { id: need.id, organization: { verified: true } },
    ]);

    expectStatus(await setVerified(agency.organizationId, false), 200);
    await app.settle();
    expect(expectStatus(await needs.search(reader, 'q=numbat'), 200).body.items).toMatchObject([
      { id: need.id, organization: { verified: false } },
    ]);
  });

  it('writes no change row when a profile update leaves name and country as they were', async () => {
    const vendor = await kit.newMember('vendor');
    const { name, country } = expectStatus(
      await app.request({
        method: 'GET',
        url: `/api/v1/organizations/${vendor.organizationId}`,
        token: vendor.token,
      }),
      200,
    ).body;
    const unrelated = {
      name,
      country,
      city: 'Ningbo',
      description: 'Bag filters since 1998.',
      website: 'https://example.org',
      languages: ['zh', 'en'],
    };
    expectStatus(await patchProfile(vendor, unrelated), 200);
    expectStatus(await patchProfile(vendor, {}), 200);
    expect(await changeRows(vendor.organizationId)).toBe(0);

    expectStatus(await patchProfile(vendor, { name: `${name} Group` }), 200);
    expect(await changeRows(vendor.organizationId)).toBe(1);
    await app.settle();
  });

  it('does not bring back an older document of a listing archived or edited while the vendor is re-indexed', async () => {
    const vendor = await kit.newMember('vendor');
    const archived = await catalog.published(vendor, admin, { title: 'Platypus ESP to be archived' });
    const edited = await catalog.published(vendor, admin, { title: 'Platypus ESP to be edited' });
    await app.settle();

    // Just before the vendor's documents are written, both listings change and their own index
    // jobs finish first: the rename's write is then the older one and must not stick.
    const engine = app.app.get(SearchEngine);
    const indexer = app.app.get(TechnologyIndexer);
    const realUpsert = engine.upsert.bind(engine);
    let raced = false;
    Object.assign(engine, {
      upsert: async (index: string, docs: SearchDocument[]) => {
        if (!raced && index === TECHNOLOGY_INDEX && docs.some((doc) => doc.vendorName === 'Racing Filters')) {
          raced = true;
          await app.dataSource.query(
            `UPDATE technology SET status = 'archived', version = version + 1 WHERE id = $1`,
            [archived.id],
          );
          await app.dataSource.query(
            `UPDATE technology SET title = 'Platypus ESP edited meanwhile', version = version + 1 WHERE id = $1`,
            [edited.id],
          );
          await indexer.syncOne(archived.id);
          await indexer.syncOne(edited.id);
        }
        return realUpsert(index, docs);
      },
    });
    try {
      expectStatus(await patchProfile(vendor, { name: 'Racing Filters' }), 200);
      await app.settle();
    } finally {
      Object.assign(engine, { upsert: realUpsert });
    }

    expect(raced).toBe(true);
    expect(await technologyHits('platypus')).toMatchObject([
      { id: edited.id, title: 'Platypus ESP edited meanwhile', vendor: { name: 'Racing Filters' } },
    ]);
    expect(await indexedVersions(engine)).toEqual(await publishedVersions(app));
  });
});
