import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestMember, factories } from '../support/factories';
import { validListing } from '../catalog/support/catalog-kit';
import { validNeed } from '../needs/support/needs-kit';
import { MatchingKit, kilnNeed, zigZagListing } from './support/matching-kit';

interface Problem {
  errors?: { field: string; rule: string }[];
}

const fieldsOf = (body: Problem) => (body.errors ?? []).map((error) => error.field);

describe.each(databaseLegs())('outlet guarantees and limits (%s)', (leg) => {
  let app: TestApp;
  let matching: MatchingKit;
  let vendor: TestMember;
  let agency: TestMember;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    const kit = await factories(app);
    matching = new MatchingKit(app, kit);
    vendor = await kit.newMember('vendor');
    agency = await kit.newMember('agency');
  });
  afterAll(() => app?.close());

  const createListing = (overrides: Record<string, unknown>) =>
    app.request({
      method: 'POST',
      url: '/api/v1/technologies',
      token: vendor.token,
      body: validListing(overrides),
    });
  const createNeed = (overrides: Record<string, unknown>) =>
    app.request({ method: 'POST', url: '/api/v1/needs', token: agency.token, body: validNeed(overrides) });

  it('stores a listing’s guaranteed outlet per pollutant and shows it back', async () => {
    const created = await createListing({ outletGuarantees: [{ pollutant: 'pm10', mgPerNm3: 10 }] });
    expect(created.status).toBe(201);
    const read = await app.request({
      method: 'GET',
      url: `/api/v1/technologies/${created.body.id}`,
      token: vendor.token,
    });
    expect(read.body.outletGuarantees).toEqual([{ pollutant: 'pm10', mgPerNm3: 10 }]);
  });

  it('refuses a guarantee on a pollutant not listed, a measured one, twice the same, or not above zero', async () => {
    for (const [overrides, rule] of [
      [{ outletGuarantees: [{ pollutant: 'so2', mgPerNm3: 10 }] }, 'keysWithin'],
      [
        {
          outletGuarantees: [
            { pollutant: 'pm10', mgPerNm3: 10 },
            { pollutant: 'pm10', mgPerNm3: 20 },
          ],
        },
        'keysWithin',
      ],
      [{ outletGuarantees: [{ pollutant: 'pm10', mgPerNm3: 0 }] }, undefined],
      [
        { category: 'monitoring.cems', outletGuarantees: [{ pollutant: 'pm10', mgPerNm3: 10 }] },
        'notForMeasuredPollutants',
      ],
    ] as const) {
      const response = await createListing(overrides);
      expect(response.status).toBe(400);
      expect(fieldsOf(response.body).some((field) => field.startsWith('outletGuarantees'))).toBe(true);
      if (rule) expect(response.body.errors.map((e: { rule: string }) => e.rule)).toContain(rule);
    }
  });

  it('stores a need’s outlet limits and refuses one on a pollutant the need does not name', async () => {
    const created = await createNeed({ outletLimits: [{ pollutant: 'pm2.5', mgPerNm3: 50 }] });
    expect(created.status).toBe(201);
    expect(created.body.outletLimits).toEqual([{ pollutant: 'pm2.5', mgPerNm3: 50 }]);
    const stray = await createNeed({ outletLimits: [{ pollutant: 'nox', mgPerNm3: 50 }] });
    expect(stray.status).toBe(400);
    expect(fieldsOf(stray.body)).toContain('outletLimits');
    // A patch dropping the limited pollutant is checked against the merged need.
    const patched = await app.request({
      method: 'PATCH',
      url: `/api/v1/needs/${created.body.id}`,
      token: agency.token,
      body: { version: created.body.version, pollutants: ['black-carbon'] },
    });
    expect(patched.status).toBe(400);
    expect(fieldsOf(patched.body)).toContain('outletLimits');
  });

  it('gives full credit to a guarantee within the need’s limit and says so; one above it is short and says why', async () => {
    const within = await matching.listing(vendor.organizationId, {
      title: `${zigZagListing().title} (outletwithin)`,
      outletGuarantees: [{ pollutant: 'pm2.5', mgPerNm3: 20 }],
    });
    const above = await matching.listing(vendor.organizationId, {
      title: `${zigZagListing().title} (outletwithin)`,
      outletGuarantees: [{ pollutant: 'pm2.5', mgPerNm3: 80 }],
    });
    const need = await matching.need(agency.organizationId, {
      title: `outletwithin ${kilnNeed().title}`,
      outletLimits: [{ pollutant: 'pm2.5', mgPerNm3: 50 }],
    });
    await matching.recomputeNeed(need.id);
    const rows: { technology_id: string; score: number; components: { name: string; sentence: string }[] }[] =
      await matching.kit.dataSource.query(
        `SELECT technology_id, score, components FROM match WHERE need_id = $1 AND technology_id IN ($2, $3)`,
        [need.id, within.id, above.id],
      );
    const coverage = (id: string) => {
      const row = rows.find((r) => r.technology_id === id);
      return {
        score: Number(row?.score),
        sentence: row?.components.find((c) => c.name === 'pollutantCoverage')?.sentence,
      };
    };
    expect(coverage(within.id).sentence).toContain(
      "Outlet guaranteed (stated): PM2.5 at most 20 mg/Nm3, within this need's limit of 50 mg/Nm3.",
    );
    expect(coverage(above.id).sentence).toContain(
      "PM2.5 outlet guaranteed at 80 mg/Nm3 (stated), above this need's limit of 50 mg/Nm3",
    );
    expect(coverage(within.id).score).toBeGreaterThan(coverage(above.id).score);
  });
});
