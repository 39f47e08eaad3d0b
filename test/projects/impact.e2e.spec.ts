import { PIPELINE_STAGES } from '@3ipet/projects';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, factories } from '../support/factories';
import { ProjectsKit, expectStatus } from './support/projects-kit';

const median = (values: number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = (sorted.length - 1) / 2;
  return (sorted[Math.floor(middle)] + sorted[Math.ceil(middle)]) / 2;
};
const DAY_MS = 86_400_000;
const daysBetween = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / DAY_MS;

describe.each(databaseLegs())('impact figures (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let projects: ProjectsKit;
  let admin: TestAdmin;
  let kathmanduVendorId: string;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    projects = new ProjectsKit(app, kit);
    admin = await kit.newAdmin();

    // A few projects at different stages, with contracts, deployments and results (some verified).
    const deploy = async (country: string, units: number, valueUsd: number, financing: string) => {
      const p = await projects.connected(admin);
      await projects.move(p.vendor, p.agency, p.projectId, { toStage: 'meeting-held', date: '2026-01-10' });
      await projects.move(p.agency, p.vendor, p.projectId, { toStage: 'proposal', date: '2026-02-01' });
      await projects.move(p.vendor, admin, p.projectId, {
        toStage: 'contract-signed',
        date: '2026-03-15',
        contract: { valueUsd, financing },
      });
      const deployed = await projects.move(p.agency, p.vendor, p.projectId, {
        toStage: 'deployed',
        date: '2026-05-01',
        deployment: { country, city: 'Somewhere', site: 'Site A', units },
      });
      return { ...p, deploymentId: deployed.deployments[0].id as string };
    };
    const result = async (
      p: { projectId: string; vendor: { token: string }; deploymentId: string },
      baseline: number,
      after: number,
      verify: boolean,
    ) => {
      const recorded = expectStatus(
        await app.request({
          method: 'POST',
          url: `/api/v1/projects/${p.projectId}/results`,
          token: p.vendor.token,
          body: {
            deploymentId: p.deploymentId,
            pollutant: 'black-carbon',
            metric: 'annual-emission',
            baselineValue: baseline,
            baselineUnit: 't/yr',
            afterValue: after,
            afterUnit: 't/yr',
            method: 'Emission inventory',
            periodStart: '2026-05-01',
            periodEnd: '2026-10-31',
            evidenceUrl: 'https://example.org/inventory.pdf',
          },
        }),
        201,
      ).body;
      if (verify) {
        expectStatus(
          await app.request({
            method: 'POST',
            url: `/api/v1/projects/${p.projectId}/results/${recorded.id}/verify`,
            token: admin.token,
          }),
          200,
        );
      }
    };
    const kathmandu = await deploy('NP', 12, 240_000, 'green-finance');
    kathmanduVendorId = kathmandu.vendor.organizationId;
    const colombo = await deploy('LK', 1, 85_000.5, 'grant');
    await deploy('NP', 3, 60_000, 'green-finance');
    await result(kathmandu, 40, 18, true);
    await result(kathmandu, 10, 9, false);
    await result(colombo, 3, 1, true);
    await projects.move(kathmandu.vendor, kathmandu.agency, kathmandu.projectId, {
      toStage: 'results-measured',
    });
    const ended = await projects.connected(admin);
    await projects.move(ended.vendor, ended.agency, ended.projectId, {
      toStage: 'pilot',
      date: '2026-02-01',
    });
    await projects.propose(ended.agency, ended.projectId, { toStage: 'ended', endReason: 'price' });
    await projects.connected(admin);
    await projects.matching.introduced(admin);
  });
  afterAll(() => app.close());

  it('serves figures, without login, that equal a recount from the rows', async () => {
    const impact = expectStatus(await app.request({ method: 'GET', url: '/api/v1/impact' }), 200).body;
    const q = (sql: string) => app.dataSource.query(sql);
    const matches: { introduced_at: Date | null }[] = await q(`SELECT introduced_at FROM match`);
    const projectRows: {
      id: string;
      stage: string;
      end_reason: string | null;
      contract_value_usd: string | null;
      contract_financing: string | null;
    }[] = await q(`SELECT * FROM project`);
    const moves: { project_id: string; to_stage: string; occurred_on: string; confirmed_at: Date }[] =
      await q(
        `SELECT project_id, to_stage, to_char(occurred_on, 'YYYY-MM-DD') AS occurred_on, confirmed_at
         FROM project_move WHERE status = 'confirmed'`,
      );
    expect(impact.introductions).toBe(matches.filter((m) => m.introduced_at !== null).length);
    expect(impact.connections).toBe(projectRows.length);
    expect(impact.connections).toBe(5);

    const byProject = new Map<string, typeof moves>();
    for (const move of moves)
      byProject.set(move.project_id, [...(byProject.get(move.project_id) ?? []), move]);
    const furthest = [...byProject.values()].map((list) =>
      Math.max(...list.map((m) => PIPELINE_STAGES.indexOf(m.to_stage as never))),
    );
    const stays = new Map<string, number[]>();
    for (const list of byProject.values()) {
      list.sort((a, b) => a.confirmed_at.getTime() - b.confirmed_at.getTime());
      list.slice(0, -1).forEach((move, i) => {
        stays.set(move.to_stage, [
          ...(stays.get(move.to_stage) ?? []),
          Math.max(0, daysBetween(move.occurred_on, list[i + 1].occurred_on)),
        ]);
      });
    }
    PIPELINE_STAGES.forEach((stage, i) => {
      const reached = furthest.filter((f) => f >= i).length;
      const previous = i > 0 ? furthest.filter((f) => f >= i - 1).length : null;
      const days = median(stays.get(stage) ?? []);
      expect(impact.stages[i]).toEqual({
        stage,
        reached,
        conversion: previous ? Math.round((reached / previous) * 10000) / 10000 : null,
        medianDays: days === null ? null : Math.round(days * 10) / 10,
      });
    });
    expect(impact.stages.find((s: { stage: string }) => s.stage === 'deployed').reached).toBe(3);
    expect(impact.stages.find((s: { stage: string }) => s.stage === 'proposal').medianDays).toBe(42);

    const contracts = projectRows.filter((p) => p.contract_value_usd !== null);
    expect(impact.contracts.count).toBe(contracts.length);
    expect(impact.contracts.valueUsd).toBe(
      contracts.reduce((sum, p) => sum + Number(p.contract_value_usd), 0),
    );
    expect(impact.contracts.valueUsd).toBe(385_000.5);
    expect(impact.endReasons).toEqual([{ key: 'price', count: 1 }]);
    const openNeeds: { country: string }[] = await q(`SELECT country FROM need WHERE status = 'open'`);
    expect(impact.openNeedsByCountry).toEqual([{ key: 'NP', count: openNeeds.length }]);

    const deployments: { country: string; units: number }[] = await q(
      `SELECT country, units FROM project_deployment`,
    );
    expect(impact.deployments.count).toBe(deployments.length);
    expect(impact.deployments.units).toBe(deployments.reduce((sum, d) => sum + d.units, 0));
    expect(impact.deployments.byCountry).toEqual([
      { key: 'NP', deployments: 2, units: 15 },
      { key: 'LK', deployments: 1, units: 1 },
    ]);
    expect(impact.deployments.byCategory).toEqual([
      { key: 'kiln-conversion.zig-zag', deployments: 3, units: 16 },
    ]);

    const verified: { reduction: string; reduction_percent: string }[] = await q(
      `SELECT reduction, reduction_percent FROM project_result WHERE verified_at IS NOT NULL`,
    );
    expect(impact.reductions).toEqual([
      {
        pollutant: 'black-carbon',
        metric: 'annual-emission',
        unit: 't/yr',
        results: verified.length,
        totalReduction: verified.reduce((sum, r) => sum + Number(r.reduction), 0),
        medianReductionPercent: expect.any(Number),
      },
    ]);
    // Rounded to two decimals by the server.
    expect(impact.reductions[0].medianReductionPercent).toBeCloseTo(
      median(verified.map((r) => Number(r.reduction_percent)))!,
      1,
    );
    expect(impact.reductions[0].totalReduction).toBe(24);
  });

  it('exports the same figures as CSV', async () => {
    const impact = (await app.request({ method: 'GET', url: '/api/v1/impact' })).body;
    const csv = await app.request({ method: 'GET', url: '/api/v1/impact.csv' });
    expect(csv.status).toBe(200);
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const lines = csv.text.trim().split('\r\n');
    expect(lines[0]).toBe('section,key,measure,value');
    expect(lines).toContain(`totals,all,connections,${impact.connections}`);
    expect(lines).toContain(`contracts,all,valueUsd,${impact.contracts.valueUsd}`);
    expect(lines).toContain('deployments-by-country,NP,units,15');
    expect(lines).toContain('verified-reductions,black-carbon annual-emission (t/yr),totalReduction,24');
  });

  it('shows a vendor’s deployments through the platform with only their verified results', async () => {
    const record = expectStatus(
      await app.request({ method: 'GET', url: `/api/v1/organizations/${kathmanduVendorId}/track-record` }),
      200,
    ).body;
    expect(record).toMatchObject({ organizationId: kathmanduVendorId, deployments: 1, units: 12 });
    expect(record.items).toEqual([
      expect.objectContaining({
        country: 'NP',
        units: 12,
        deployedOn: '2026-05-01',
        verifiedResults: [
          expect.objectContaining({
            pollutant: 'black-carbon',
            baselineValue: 40,
            afterValue: 18,
            reductionPercent: 55,
          }),
        ],
      }),
    ]);
  });
});
