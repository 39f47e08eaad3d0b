import { MatchSavedSearchesJob } from '@3ipet/needs';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, TestMember, factories } from '../support/factories';
import { CatalogDriver } from '../catalog/support/catalog-kit';
import { expectStatus, runJob } from './support/needs-kit';

const SCR_LISTING = {
  title: 'Selective catalytic reduction for cement kiln exhaust',
  summary: 'Honeycomb vanadium-titanium catalyst modules for NOx removal.',
  description: 'Ammonia injection grid and catalyst layers; NOx below 100 mg/Nm³.',
  translations: [],
  category: 'end-of-pipe.scr-sncr',
  pollutants: ['nox'],
  removalEfficiency: [{ pollutant: 'nox', percent: 85 }],
  sectors: ['industry.cement'],
  referenceProjects: [],
  supplyCountries: ['IN'],
};

describe.each(databaseLegs())('saved searches and their alerts (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let catalog: CatalogDriver;
  let vendor: TestMember;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    catalog = new CatalogDriver(app, kit);
    [vendor, admin] = await Promise.all([kit.newMember('vendor'), kit.newAdmin()]);
  });
  afterAll(() => app.close());

  const save = async (agency: TestMember, name: string, query: object) =>
    expectStatus(
      await app.request({
        method: 'POST',
        url: '/api/v1/saved-searches',
        token: agency.token,
        body: { name, query },
      }),
      201,
    ).body as { id: string };
  const inbox = async (member: TestMember, query = '') =>
    expectStatus(
      await app.request({ method: 'GET', url: `/api/v1/notifications${query}`, token: member.token }),
      200,
    ).body;
  const alertsOf = async (member: TestMember) =>
    (await inbox(member, '?limit=100')).items
      .filter((n: { kind: string }) => n.kind === 'saved-search.hit')
      .map(
        (n: { payload: { savedSearchId: string; technologyId: string } }) =>
          `${n.payload.savedSearchId}→${n.payload.technologyId}`,
      )
      .sort();
  const publish = async (overrides: Record<string, unknown> = {}) => {
    const technology = await catalog.published(vendor, admin, overrides);
    await app.settle();
    return technology.id as string;
  };

  it('alerts once per matching publication, by the technology search’s own rules (synonyms, filters)', async () => {
    const [kathmandu, colombo] = await Promise.all([kit.newMember('agency'), kit.newMember('agency')]);
    const esp = await save(kathmandu, 'ESP for PM10', { q: 'ESP', pollutants: ['pm10'] });
    const nox = await save(kathmandu, 'NOx control', { pollutants: ['nox'] });
    const nepal = await save(colombo, 'Mature, supplied to Nepal', { countries: ['NP'], trlMin: 8 });

    const espListing = await publish();
    expect(await alertsOf(kathmandu)).toEqual([`${esp.id}→${espListing}`]);
    expect(await alertsOf(colombo)).toEqual([`${nepal.id}→${espListing}`]);

    const scrListing = await publish(SCR_LISTING);
    expect(await alertsOf(kathmandu)).toEqual([`${esp.id}→${espListing}`, `${nox.id}→${scrListing}`].sort());
    expect(await alertsOf(colombo)).toEqual([`${nepal.id}→${espListing}`]);

    // A redelivered or repeated job finds the same pairs and adds nothing.
    await runJob(app, Object.assign(new MatchSavedSearchesJob(), { technologyId: espListing }));
    expect(await alertsOf(kathmandu)).toHaveLength(2);
    expect(await alertsOf(colombo)).toHaveLength(1);
    const first = (await inbox(kathmandu)).items.find(
      (n: { payload: { technologyId: string } }) => n.payload.technologyId === espListing,
    );
    expect(first.payload).toMatchObject({
      savedSearchName: 'ESP for PM10',
      technologyTitle: 'Electrostatic precipitator for cement kilns',
    });
  });

  it('does not alert for drafts or listings waiting for review', async () => {
    const agency = await kit.newMember('agency');
    await save(agency, 'Everything about PM10', { pollutants: ['pm10'] });
    await catalog.create(vendor);
    await catalog.submitted(vendor);
    await app.settle();
    expect(await alertsOf(agency)).toEqual([]);
  });

  it('stops alerting once the saved search is deleted', async () => {
    const agency = await kit.newMember('agency');
    const saved = await save(agency, 'Cement dust', { q: 'cement', pollutants: ['pm2.5'] });
    const firstListing = await publish();
    expect(await alertsOf(agency)).toEqual([`${saved.id}→${firstListing}`]);
    const removed = await app.request({
      method: 'DELETE',
      url: `/api/v1/saved-searches/${saved.id}`,
      token: agency.token,
    });
    expect(removed.status).toBe(204);
    await publish();
    expect(await alertsOf(agency)).toHaveLength(1);
  });

  it('keeps saved searches to their organisation and validates them like the search endpoint', async () => {
    const [owner, stranger] = await Promise.all([kit.newMember('agency'), kit.newMember('agency')]);
    const saved = await save(owner, 'Sensors', { q: 'low-cost sensors', countries: 'NP,LK' });
    const list = async (member: TestMember) =>
      expectStatus(
        await app.request({ method: 'GET', url: '/api/v1/saved-searches', token: member.token }),
        200,
      ).body;
    expect((await list(owner)).items).toEqual([
      expect.objectContaining({ id: saved.id, query: { q: 'low-cost sensors', countries: ['NP', 'LK'] } }),
    ]);
    expect((await list(stranger)).items).toEqual([]);
    const foreignDelete = await app.request({
      method: 'DELETE',
      url: `/api/v1/saved-searches/${saved.id}`,
      token: stranger.token,
    });
    expect(foreignDelete.status).toBe(404);
    const bad = await app.request({
      method: 'POST',
      url: '/api/v1/saved-searches',
      token: owner.token,
      body: { name: 'Bad', query: { pollutants: ['plutonium'], page: 2 } },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'query.page',
      'query.pollutants',
    ]);
    const asVendor = await app.request({ method: 'GET', url: '/api/v1/saved-searches', token: vendor.token });
    expect(asVendor.status).toBe(403);
  });

  it('keeps an inbox per organisation with an unread count', async () => {
    const agency = await kit.newMember('agency');
    await save(agency, 'Any PM10 technology', { pollutants: ['pm10'] });
    await publish();
    await publish();
    const before = await inbox(agency);
    expect(before).toMatchObject({ total: 2, unreadCount: 2 });
    const [newest] = before.items;
    const read = await app.request({
      method: 'POST',
      url: `/api/v1/notifications/${newest.id}/read`,
      token: agency.token,
    });
    expect(read.status).toBe(200);
    expect(read.body.readAt).toEqual(expect.any(String));
    expect(await inbox(agency)).toMatchObject({ total: 2, unreadCount: 1 });
    expect((await inbox(agency, '?unread=true')).items).toHaveLength(1);
    const stranger = await kit.newMember('agency');
    const foreign = await app.request({
      method: 'POST',
      url: `/api/v1/notifications/${newest.id}/read`,
      token: stranger.token,
    });
    expect(foreign.status).toBe(404);
  });
});
