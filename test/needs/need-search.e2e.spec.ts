import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, TestMember, factories } from '../support/factories';
import { NeedsDriver, expectStatus } from './support/needs-kit';

describe.each(databaseLegs())('searching open needs (%s)', (leg) => {
  let app: TestApp;
  let needs: NeedsDriver;
  let vendor: TestMember;
  let admin: TestAdmin;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    app = await bootTestApp(leg);
    const kit: Factories = await factories(app);
    needs = new NeedsDriver(app, kit);
    [vendor, admin] = await Promise.all([needs.verifiedMember('vendor'), kit.newAdmin()]);
    const kathmandu = await needs.verifiedMember('agency');
    const colombo = await needs.verifiedMember('agency');
    ids.kilns = (await needs.opened(kathmandu)).id;
    ids.vehicles = (
      await needs.opened(colombo, {
        title: 'Roadside remote sensing of vehicle emissions',
        description: 'Find the worst-emitting buses and three-wheelers without stopping traffic.',
        pollutants: ['nox', 'co'],
        sectors: ['transport.vehicles'],
        country: 'LK',
        city: 'Colombo',
        budgetMinUsd: 100000,
        budgetMaxUsd: 300000,
        minTrl: 9,
      })
    ).id;
    ids.dust = (
      await needs.opened(kathmandu, {
        title: 'Road dust suppression in Kathmandu',
        description: 'Sweepers and water mist for arterial roads.',
        pollutants: ['pm10'],
        sectors: ['construction-dust'],
        budgetMinUsd: null,
        budgetMaxUsd: null,
        minTrl: null,
      })
    ).id;
    ids.draft = (await needs.create(kathmandu, { title: 'Brick kiln draft nobody may find' })).id;
    const closed = await needs.opened(colombo, { title: 'Closed brick kiln need' });
    expectStatus(await needs.close(colombo, closed.id, { reason: 'withdrawn' }), 200);
    ids.closed = closed.id;
    await app.settle();
  });
  afterAll(() => app.close());

  const hitIds = async (query: string, caller: TestMember | TestAdmin = vendor): Promise<string[]> =>
    expectStatus(await needs.search(caller, query), 200)
      .body.items.map((hit: { id: string }) => hit.id)
      .sort();

  it('finds open needs by text, forgiving typos, and never drafts or closed ones', async () => {
    expect(await hitIds('q=brick%20kilns')).toEqual([ids.kilns]);
    expect(await hitIds('q=remot%20sensing')).toEqual([ids.vehicles]);
    expect(await hitIds('')).toEqual([ids.kilns, ids.vehicles, ids.dust].sort());
  });

  it('filters by pollutant, sector (a sector covers its sub-sectors), country, budget and TRL, with facet counts', async () => {
    expect(await hitIds('pollutants=nox,pm10')).toEqual([ids.vehicles, ids.dust].sort());
    expect(await hitIds('sectors=industry')).toEqual([ids.kilns]);
    expect(await hitIds('country=LK')).toEqual([ids.vehicles]);
    expect(await hitIds('budgetMin=1000000')).toEqual([ids.kilns]);
    expect(await hitIds('trlMax=8')).toEqual([ids.kilns, ids.dust].sort());
    const result = expectStatus(await needs.search(vendor, 'country=NP'), 200).body;
    expect(result.facets.country).toEqual({ NP: 2 });
    expect(result.facets.pollutants).toMatchObject({ 'pm2.5': 1, 'black-carbon': 1, pm10: 1 });
    expect(result.total).toBe(2);
  });

  it('highlights matches and pages results', async () => {
    const result = expectStatus(await needs.search(vendor, 'q=kilns'), 200).body;
    expect(result.items[0].highlights.title).toContain('<mark>');
    expect(result.items[0]).toMatchObject({ organization: { verified: true }, minTrl: 7, country: 'NP' });
    const page = expectStatus(await needs.search(vendor, 'limit=1&page=2&sort=deadline'), 200).body;
    expect(page).toMatchObject({ total: 3, page: 2, limit: 1 });
    expect(page.items).toHaveLength(1);
  });

  it('is for members of verified organisations and admins', async () => {
    const kit = await factories(app);
    expect((await needs.search(await kit.newMember('vendor'))).status).toBe(403);
    expect((await needs.search(await kit.newMember('agency'))).status).toBe(403);
    expect((await needs.search(null)).status).toBe(401);
    expect(await hitIds('', admin)).toHaveLength(3);
    expect(await hitIds('', await needs.verifiedMember('agency'))).toHaveLength(3);
  });

  it('answers 400 naming the field for bad filters', async () => {
    for (const [query, field] of [
      ['pollutants=plutonium', 'pollutants'],
      ['trlMax=10', 'trlMax'],
      ['budgetMin=-1', 'budgetMin'],
      ['sort=random', 'sort'],
      ['q=%00', 'q'],
      ['colour=red', 'colour'],
    ]) {
      const response = await needs.search(vendor, query);
      expect(response.status).toBe(400);
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
    }
  });

  it('follows edits and closing of an open need', async () => {
    const owner = await needs.verifiedMember('agency');
    const need = await needs.opened(owner, {
      title: 'Incinerator flue gas cleaning',
      pollutants: ['heavy-metals'],
    });
    await app.settle();
    expect(await hitIds('q=incinerator')).toEqual([need.id]);
    expectStatus(
      await needs.patch(owner, need.id, { version: need.version, title: 'Crematorium flue gas cleaning' }),
      200,
    );
    await app.settle();
    expect(await hitIds('q=incinerator')).toEqual([]);
    expect(await hitIds('q=crematorium')).toEqual([need.id]);
    expectStatus(await needs.close(owner, need.id, { reason: 'solved' }), 200);
    await app.settle();
    expect(await hitIds('q=crematorium')).toEqual([]);
  });
});
