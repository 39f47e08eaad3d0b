import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, factories } from '../support/factories';
import { ProjectFixture, ProjectsKit, expectStatus } from './support/projects-kit';

const stackTest = (deploymentId: string, overrides: Record<string, unknown> = {}) => ({
  deploymentId,
  pollutant: 'black-carbon',
  metric: 'stack-concentration',
  baselineValue: 250,
  baselineUnit: 'mg/Nm3',
  afterValue: 40,
  afterUnit: 'mg/Nm3',
  method: 'Gravimetric stack sampling, three runs per kiln',
  periodStart: '2026-09-01',
  periodEnd: '2026-10-31',
  evidenceUrl: 'https://example.org/bhaktapur-stack-test.pdf',
  ...overrides,
});

describe.each(databaseLegs())('measured results (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let projects: ProjectsKit;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    projects = new ProjectsKit(app, kit);
    admin = await kit.newAdmin();
  });
  afterAll(() => app.close());

  async function deployed(): Promise<ProjectFixture & { deploymentId: string }> {
    const fixture = await projects.connected(admin);
    const project = await projects.move(fixture.vendor, fixture.agency, fixture.projectId, {
      toStage: 'deployed',
      date: '2026-08-15',
      deployment: { country: 'NP', city: 'Bhaktapur', site: 'Tathali kiln cluster', units: 12 },
    });
    return { ...fixture, deploymentId: project.deployments[0].id };
  }

  const postResult = (caller: { token: string } | null, projectId: string, body: unknown) =>
    app.request({ method: 'POST', url: `/api/v1/projects/${projectId}/results`, token: caller?.token, body });

  it('computes the reduction, lets a curator verify it, and then lets the project reach results-measured', async () => {
    const { projectId, agency, vendor, deploymentId } = await deployed();
    const recorded = expectStatus(await postResult(vendor, projectId, stackTest(deploymentId)), 201).body;
    expect(recorded).toMatchObject({
      unit: 'mg/Nm3',
      baselineValue: 250,
      afterValue: 40,
      reduction: 210,
      reductionPercent: 84,
      verified: false,
    });
    const typedReduction = await postResult(vendor, projectId, {
      ...stackTest(deploymentId),
      reductionPercent: 99,
    });
    expect(typedReduction.status).toBe(400);
    expect(typedReduction.body.errors[0]).toMatchObject({
      field: 'reductionPercent',
      rule: 'whitelistValidation',
    });

    const verifyUrl = `/api/v1/projects/${projectId}/results/${recorded.id}/verify`;
    expect((await app.request({ method: 'POST', url: verifyUrl, token: agency.token })).status).toBe(403);
    const verified = expectStatus(
      await app.request({ method: 'POST', url: verifyUrl, token: admin.token }),
      200,
    );
    expect(verified.body).toMatchObject({ verified: true });

    const list = expectStatus(await projects.get(agency, `/api/v1/projects/${projectId}/results`), 200).body;
    expect(list.items).toEqual([expect.objectContaining({ id: recorded.id, verified: true })]);
    const done = await projects.move(agency, vendor, projectId, { toStage: 'results-measured' });
    expect(done.stage).toBe('results-measured');
  });

  it('refuses a baseline of 0 and mismatched units with a reason naming the field, writing nothing', async () => {
    const { projectId, vendor, deploymentId } = await deployed();
    const zero = await postResult(vendor, projectId, stackTest(deploymentId, { baselineValue: 0 }));
    expect(zero.status).toBe(422);
    expect(zero.body.errors).toEqual([expect.objectContaining({ field: 'baselineValue', rule: 'positive' })]);
    const units = await postResult(vendor, projectId, stackTest(deploymentId, { afterUnit: 'µg/m3' }));
    expect(units.status).toBe(422);
    expect(units.body.errors).toEqual([expect.objectContaining({ field: 'afterUnit', rule: 'sameUnit' })]);
    expect(units.body.detail).toMatch(/afterUnit/);
    const foreignUnit = await postResult(
      vendor,
      projectId,
      stackTest(deploymentId, { baselineUnit: 't/yr', afterUnit: 't/yr' }),
    );
    expect(foreignUnit.body.errors).toEqual([expect.objectContaining({ field: 'baselineUnit' })]);
    const [{ count }]: { count: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM project_result WHERE project_id = $1`,
      [projectId],
    );
    expect(count).toBe(0);
  });

  it('takes results only for the project’s own deployments, from its two sides', async () => {
    const first = await deployed();
    const second = await deployed();
    const foreignDeployment = await postResult(first.vendor, first.projectId, stackTest(second.deploymentId));
    expect(foreignDeployment.status).toBe(400);
    expect(foreignDeployment.body.errors[0]).toMatchObject({ field: 'deploymentId', rule: 'ofProject' });
    expect((await postResult(second.vendor, first.projectId, stackTest(first.deploymentId))).status).toBe(
      404,
    );
    expect((await postResult(admin, first.projectId, stackTest(first.deploymentId))).status).toBe(403);
    expect((await postResult(null, first.projectId, stackTest(first.deploymentId))).status).toBe(401);
    const badEvidence = await postResult(first.agency, first.projectId, {
      ...stackTest(first.deploymentId),
      evidenceUrl: 'javascript:alert(1)',
    });
    expect(badEvidence.body.errors[0].field).toBe('evidenceUrl');
  });
});
