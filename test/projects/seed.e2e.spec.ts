import { CatalogSeeder } from '@3ipet/catalog';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { factories } from '../support/factories';

describe.each(databaseLegs())('demo projects (%s)', (leg) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    await app.app.get(CatalogSeeder).seed();
    await app.settle();
  });
  afterAll(() => app.close());

  it('seeds projects at different stages, with the Kathmandu kilns’ verified black-carbon cut and the Colombo CEMS', async () => {
    const impact = (await app.request({ method: 'GET', url: '/api/v1/impact' })).body;
    expect(impact.connections).toBe(5);
    expect(impact.currentStages.map((s: { key: string }) => s.key).sort()).toEqual(
      ['deployed', 'ended', 'pilot', 'proposal', 'results-measured'].sort(),
    );
    expect(impact.deployments.byCountry).toEqual(
      expect.arrayContaining([
        { key: 'NP', deployments: 1, units: 24 },
        { key: 'LK', deployments: 1, units: 2 },
      ]),
    );
    expect(impact.reductions).toEqual([
      expect.objectContaining({
        pollutant: 'black-carbon',
        metric: 'emission-factor',
        unit: 'g/kg',
        results: 1,
      }),
    ]);
    expect(impact.reductions[0].totalReduction).toBeCloseTo(0.22, 6);

    const admin = await (await factories(app)).newAdmin();
    const stalled = await app.request({
      method: 'GET',
      url: '/api/v1/projects?stalled=true',
      token: admin.token,
    });
    expect(stalled.body.items.map((p: { need: { name: string } }) => p.need.name)).toContain(
      'Oxidation catalysts for 60 Kandy depot buses',
    );
    const solved: { title: string }[] = await app.dataSource.query(
      `SELECT n.title FROM need n JOIN project p ON p.id = n.solved_by_project_id WHERE n.close_reason = 'solved'`,
    );
    expect(solved.map((n) => n.title).sort()).toEqual([
      'Continuous stack monitoring at the Kelanitissa power station, Colombo',
      'Zig-zag conversion of 24 kilns in the Tathali cluster, Bhaktapur',
    ]);
  });
});
