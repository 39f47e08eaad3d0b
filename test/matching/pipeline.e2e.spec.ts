import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, TestMember, factories } from '../support/factories';
import { expectStatus } from './support/matching-kit';

const DAY_MS = 24 * 60 * 60 * 1000;

const kilnListing = (title: string) => ({
  title,
  summary: 'Converts fixed-chimney bull trench kilns to zig-zag firing with an induced draught fan.',
  description: 'Design, fan installation and training of firemen; black carbon down by half.',
  category: 'kiln-conversion.zig-zag',
  pollutants: ['pm2.5', 'pm10', 'black-carbon'],
  sectors: ['industry', 'industry.brick-kilns'],
  trl: 9,
  capitalCostMinUsd: 40000,
  capitalCostMaxUsd: 120000,
  referenceProjects: [{ place: 'Bhaktapur', country: 'NP', year: 2021, result: 'Black carbon down 55%' }],
  supplyCountries: ['NP', 'IN'],
  dealTypes: ['sale'],
  supportLanguages: ['en'],
});

const kilnNeedBody = {
  title: 'Zig-zag conversion of brick kilns in Bhaktapur',
  description: 'Convert 120 fixed-chimney bull trench kilns to zig-zag firing and train the firemen.',
  pollutants: ['pm2.5', 'black-carbon'],
  sectors: ['industry.brick-kilns'],
  country: 'NP',
  city: 'Bhaktapur',
  budgetMinUsd: 500000,
  budgetMaxUsd: 2500000,
  minTrl: 7,
  dealTypes: ['pilot'],
  languages: ['en'],
  deadline: new Date(Date.now() + 60 * DAY_MS).toISOString(),
};

/** The whole path through the outbox: the catalog's and the needs lib's own use cases trigger matching. */
describe.each(databaseLegs())('proposals from publishing and opening (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    admin = await kit.newAdmin();
  });
  afterAll(() => app.close());

  const call = (caller: TestMember | TestAdmin, method: 'POST' | 'GET', url: string, body?: unknown) =>
    app.request({ method, url, token: caller.token, body });

  async function publish(vendor: TestMember, title: string): Promise<string> {
    const draft = expectStatus(
      await call(vendor, 'POST', '/api/v1/technologies', kilnListing(title)),
      201,
    ).body;
    const submitted = expectStatus(
      await call(vendor, 'POST', `/api/v1/technologies/${draft.id}/submit`, { version: draft.version }),
      200,
    ).body;
    expectStatus(
      await call(admin, 'POST', `/api/v1/technologies/${draft.id}/publish`, { version: submitted.version }),
      200,
    );
    return draft.id;
  }

  const proposalsOf = async (needId: string) =>
    (await call(admin, 'GET', `/api/v1/admin/matches?needId=${needId}&status=proposed`)).body.items.map(
      (m: { technology: { id: string } }) => m.technology.id,
    );

  it('proposes when a need opens, when a listing is published later, and withdraws when the need closes', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    const early = await publish(vendor, 'Zig-zag brick kiln conversion package');

    const need = expectStatus(await call(agency, 'POST', '/api/v1/needs', kilnNeedBody), 201).body;
    expectStatus(await call(agency, 'POST', `/api/v1/needs/${need.id}/open`, { version: need.version }), 200);
    await app.settle();
    expect(await proposalsOf(need.id)).toEqual([early]);

    const late = await publish(vendor, 'Zig-zag kiln retrofit with fan and firemen training');
    await app.settle();
    expect((await proposalsOf(need.id)).sort()).toEqual([early, late].sort());

    const opened = expectStatus(await call(agency, 'GET', `/api/v1/needs/${need.id}`), 200).body;
    expectStatus(
      await call(agency, 'POST', `/api/v1/needs/${need.id}/close`, {
        version: opened.version,
        reason: 'withdrawn',
      }),
      200,
    );
    await app.settle();
    expect(await proposalsOf(need.id)).toEqual([]);
    const withdrawn = await call(admin, 'GET', `/api/v1/admin/matches?needId=${need.id}&status=withdrawn`);
    expect(withdrawn.body.total).toBe(2);
  });
});
