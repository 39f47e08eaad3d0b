import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, factories } from '../support/factories';
import { MatchingKit, expectStatus } from './support/matching-kit';

interface DecidedRow {
  score: number;
  status: string;
  rejection_reason: string | null;
  components: { name: string; value: number }[];
}

const BANDS = [0, 40, 50, 60, 70, 80, 90];

/** The report's figures counted again in plain code from the match rows. */
function recount(rows: DecidedRow[]) {
  const approvedStatuses = ['introduced', 'connected', 'declined'];
  const bandOf = (score: number) => [...BANDS].reverse().find((from) => score >= from)!;
  const bands = BANDS.map((from, index) => {
    const inBand = rows.filter((row) => bandOf(row.score) === from);
    const approved = inBand.filter((row) => approvedStatuses.includes(row.status)).length;
    const rejected = inBand.filter((row) => row.status === 'rejected').length;
    return {
      from,
      to: BANDS[index + 1] ?? 100,
      approved,
      rejected,
      approvalRate: approved + rejected ? approved / (approved + rejected) : null,
    };
  });
  const cells = new Map<string, Map<string, number>>();
  for (const row of rows.filter((r) => r.status === 'rejected')) {
    const weakest = [...row.components].sort((a, b) => a.value - b.value || (a.name < b.name ? -1 : 1))[0];
    const reasons = cells.get(weakest.name) ?? new Map<string, number>();
    reasons.set(row.rejection_reason!, (reasons.get(row.rejection_reason!) ?? 0) + 1);
    cells.set(weakest.name, reasons);
  }
  const components = Object.fromEntries(
    [...cells].map(([component, reasons]) => [component, Object.fromEntries(reasons)]),
  );
  return { bands, components };
}

describe.each(databaseLegs())('matching report (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let matching: MatchingKit;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    matching = new MatchingKit(app, kit);
    admin = await kit.newAdmin();
  });
  afterAll(() => app.close());

  it('counts approval rate by score band and rejection reasons by weakest component, equal to a recount from rows', async () => {
    const empty = expectStatus(await matching.get(admin, '/api/v1/admin/matching/report'), 200).body;
    expect(empty).toMatchObject({ decided: 0, reasons: [], components: [] });
    expect(empty.bands.map((b: { from: number }) => b.from)).toEqual(BANDS);

    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    const variants = [
      {},
      { deploymentCountries: [], referenceProjects: [], supplyCountries: ['BD'] },
      { sectors: ['industry'], deploymentCountries: [], referenceProjects: [], supplyCountries: ['BD'] },
      { capitalCostMinUsd: 5_000_000, capitalCostMaxUsd: 9_000_000 },
      { trl: 7, deploymentCountries: [], referenceProjects: [], supplyCountries: [] },
      { title: 'Induced draught fan for kilns', summary: 'A fan.', description: 'Fans.' },
    ];
    for (const overrides of variants) await matching.listing(vendor.organizationId, overrides);
    const need = await matching.need(agency.organizationId);
    await matching.recomputeNeed(need.id);
    const queue = expectStatus(
      await matching.get(admin, `/api/v1/admin/matches?needId=${need.id}&limit=50`),
      200,
    ).body.items as { id: string; version: number }[];
    expect(queue.length).toBeGreaterThanOrEqual(5);
    const reasons = ['too-costly', 'not-available-in-country', 'wrong-sector', 'too-costly'];
    for (const [index, match] of queue.entries()) {
      if (index % 2 === 0) expectStatus(await matching.approve(admin, match.id, match.version), 200);
      else {
        const reason = reasons[index % reasons.length];
        const note = reason === 'other' ? 'Other.' : undefined;
        expectStatus(await matching.reject(admin, match.id, match.version, note, reason), 200);
      }
    }

    const report = expectStatus(await matching.get(admin, '/api/v1/admin/matching/report'), 200).body;
    const rows: DecidedRow[] = await app.dataSource.query(
      `SELECT score, status, rejection_reason, components FROM match
        WHERE status IN ('introduced', 'connected', 'declined', 'rejected')`,
    );
    const expected = recount(rows);
    expect(report.decided).toBe(rows.length);
    expect(report.bands).toEqual(expected.bands);
    const reported = Object.fromEntries(
      report.components.map((c: { component: string; reasons: { reason: string; count: number }[] }) => [
        c.component,
        Object.fromEntries(c.reasons.map((r) => [r.reason, r.count])),
      ]),
    );
    expect(reported).toEqual(expected.components);
    const rejectedCount = rows.filter((r) => r.status === 'rejected').length;
    expect(report.reasons.reduce((sum: number, r: { count: number }) => sum + r.count, 0)).toBe(
      rejectedCount,
    );
    expect(report.components.reduce((sum: number, c: { rejected: number }) => sum + c.rejected, 0)).toBe(
      rejectedCount,
    );
    expect(report.bands.some((b: { approvalRate: number | null }) => b.approvalRate !== null)).toBe(true);
  });

  it('is for admins only', async () => {
    expect((await matching.get(await kit.newMember('agency'), '/api/v1/admin/matching/report')).status).toBe(
      403,
    );
    expect((await matching.get(null, '/api/v1/admin/matching/report')).status).toBe(401);
  });
});
