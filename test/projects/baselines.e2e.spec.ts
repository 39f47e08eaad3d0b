import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, factories } from '../support/factories';
import { ProjectsKit, expectStatus } from './support/projects-kit';

const evidence = {
  pollutant: 'pm2.5',
  metric: 'ambient-concentration',
  unit: 'µg/m3',
  value: 48.2,
  method: 'Annual mean of the Ratnapark reference station',
  periodStart: '2025-01-01',
  periodEnd: '2025-12-31',
  evidenceUrl: 'https://example.org/kathmandu-aq-2025.pdf',
};

describe.each(databaseLegs())('a need’s baseline air-quality evidence (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let projects: ProjectsKit;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    projects = new ProjectsKit(app, kit);
  });
  afterAll(() => app.close());

  it('lets the agency record what the air was like before, and names the field it cannot take', async () => {
    const agency = await kit.newMember('agency');
    const need = await projects.matching.need(agency.organizationId);
    const url = `/api/v1/needs/${need.id}/baselines`;
    const added = expectStatus(
      await app.request({ method: 'POST', url, token: agency.token, body: evidence }),
      201,
    );
    expect(added.body).toMatchObject({ value: 48.2, unit: 'µg/m3', periodEnd: '2025-12-31' });
    const foreignUnit = await app.request({
      method: 'POST',
      url,
      token: agency.token,
      body: { ...evidence, unit: 'mg/Nm3' },
    });
    expect(foreignUnit.status).toBe(400);
    expect(foreignUnit.body.errors).toEqual([
      expect.objectContaining({ field: 'unit', rule: 'unitOfMetric' }),
    ]);
    const stranger = await kit.newMember('agency');
    expect((await app.request({ method: 'POST', url, token: stranger.token, body: evidence })).status).toBe(
      404,
    );
    const list = expectStatus(await app.request({ method: 'GET', url, token: agency.token }), 200).body;
    expect(list.items).toEqual([expect.objectContaining({ id: added.body.id, pollutant: 'pm2.5' })]);
  });
});
