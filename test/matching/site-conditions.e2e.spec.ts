import { parse } from 'csv-parse/sync';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestMember, factories } from '../support/factories';
import { validListing } from '../catalog/support/catalog-kit';
import { csvOf, goodRow } from '../catalog/support/csv-files';
import { validNeed } from '../needs/support/needs-kit';
import { MatchingKit, kilnNeed, zigZagListing } from './support/matching-kit';

interface Problem {
  errors?: { field: string; rule: string }[];
}

const errorsOf = (body: Problem) => (body.errors ?? []).map((error) => `${error.field}:${error.rule}`);

describe.each(databaseLegs())('prerequisites, capacity, site and area (%s)', (leg) => {
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

  it('stores a listing’s prerequisites and capacity, shows them back and clears them with null', async () => {
    const created = await createListing({
      prerequisites: ['grid-power', 'low-sulphur-fuel'],
      flowMinNm3h: 2000,
      flowMaxNm3h: 40000.5,
      unitsPerInstallation: 200,
      capacityUnitKind: 'households',
    });
    expect(created.status).toBe(201);
    const read = await app.request({
      method: 'GET',
      url: `/api/v1/technologies/${created.body.id}`,
      token: vendor.token,
    });
    expect(read.body).toMatchObject({
      prerequisites: ['grid-power', 'low-sulphur-fuel'],
      flowMinNm3h: 2000,
      flowMaxNm3h: 40000.5,
      unitsPerInstallation: 200,
      capacityUnitKind: 'households',
    });
    const cleared = await app.request({
      method: 'PATCH',
      url: `/api/v1/technologies/${created.body.id}`,
      token: vendor.token,
      body: {
        version: read.body.version,
        flowMaxNm3h: null,
        unitsPerInstallation: null,
        capacityUnitKind: null,
      },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ flowMinNm3h: 2000, flowMaxNm3h: null, unitsPerInstallation: null });
  });

  it('refuses an unknown prerequisite, a flow range upside down or not above zero, a count without its unit', async () => {
    for (const [overrides, expected] of [
      [{ prerequisites: ['diesel-generator'] }, 'prerequisites:inTaxonomy'],
      [{ flowMinNm3h: 5000, flowMaxNm3h: 1000 }, 'flowMaxNm3h:notBelow'],
      [{ flowMinNm3h: 0 }, 'flowMinNm3h:isPositive'],
      [{ flowMaxNm3h: 20_000_000 }, 'flowMaxNm3h:max'],
      [{ unitsPerInstallation: 200 }, 'unitsPerInstallation:pairedWith'],
      [{ capacityUnitKind: 'planets', unitsPerInstallation: 2 }, 'capacityUnitKind:isIn'],
    ] as const) {
      const response = await createListing(overrides);
      expect(response.status).toBe(400);
      expect(errorsOf(response.body)).toContain(expected);
    }
  });

  it('stores a need’s site and city area, shows them back and clears them with null', async () => {
    const created = await createNeed({
      fuels: ['high-sulphur-coal', 'biomass'],
      gridPower: false,
      waterSupply: true,
      flowNm3h: 25000,
      areaName: '  Ludhiana district ',
      areaPopulation: 3_498_739,
      areaKm2: 3767.5,
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      fuels: ['high-sulphur-coal', 'biomass'],
      gridPower: false,
      waterSupply: true,
      flowNm3h: 25000,
      areaName: 'Ludhiana district',
      areaPopulation: 3_498_739,
      areaKm2: 3767.5,
    });
    const cleared = await app.request({
      method: 'PATCH',
      url: `/api/v1/needs/${created.body.id}`,
      token: agency.token,
      body: { version: created.body.version, gridPower: null, areaName: null, fuels: [] },
    });
    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({ gridPower: null, areaName: null, fuels: [], areaKm2: 3767.5 });
  });

  it('refuses an unknown fuel, a yes/no that is not a boolean, an area or population not above zero', async () => {
    for (const [overrides, expected] of [
      [{ fuels: ['unobtainium'] }, 'fuels:inTaxonomy'],
      [{ gridPower: 'yes' }, 'gridPower:isBoolean'],
      [{ areaKm2: 0 }, 'areaKm2:isPositive'],
      [{ areaPopulation: 0 }, 'areaPopulation:min'],
      [{ flowNm3h: -5 }, 'flowNm3h:isPositive'],
      [{ areaName: '   ' }, 'areaName:notBlank'],
    ] as const) {
      const response = await createNeed(overrides);
      expect(response.status).toBe(400);
      expect(errorsOf(response.body)).toContain(expected);
    }
  });

  it('imports prerequisites and capacity from CSV, reports a bad one by column, and exports them', async () => {
    const owner = await (await factories(app)).newMember('vendor');
    const rows = [
      goodRow(61, {
        prerequisites: 'grid-power; water-supply',
        flow_min_nm3h: 1000,
        flow_max_nm3h: 30000,
        units_per_installation: 4,
        capacity_unit_kind: 'kilns',
      }),
      goodRow(62, { prerequisites: 'moon-dust', flow_min_nm3h: 'lots' }),
    ];
    const report = await app.request({
      method: 'POST',
      url: '/api/v1/technologies/import',
      token: owner.token,
      rawBody: csvOf(rows),
      headers: { 'content-type': 'text/csv' },
    });
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ imported: 1, rejected: 1 });
    expect(report.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`)).toEqual(
      expect.arrayContaining(['prerequisites:inTaxonomy', 'flow_min_nm3h:isNumber']),
    );
    const exported = await app.request({
      method: 'GET',
      url: '/api/v1/technologies/export?mine=true',
      token: owner.token,
    });
    const [record] = parse(exported.text, { columns: true }) as Record<string, string>[];
    expect(record).toMatchObject({
      prerequisites: 'grid-power; water-supply',
      flow_min_nm3h: '1000',
      flow_max_nm3h: '30000',
      units_per_installation: '4',
      capacity_unit_kind: 'kilns',
    });
  });

  it('does not propose a listing whose prerequisite the site lacks or whose flow range the need is outside', async () => {
    const word = 'sitecheckword';
    const [scr, filter, plain] = await Promise.all([
      matching.listing(vendor.organizationId, {
        title: `${zigZagListing().title} (${word})`,
        prerequisites: ['low-sulphur-fuel'],
      }),
      matching.listing(vendor.organizationId, {
        title: `${zigZagListing().title} (${word})`,
        flowMinNm3h: 1000,
        flowMaxNm3h: 10000,
      }),
      matching.listing(vendor.organizationId, { title: `${zigZagListing().title} (${word})` }),
    ]);
    const proposedFor = async (overrides: Record<string, unknown>) => {
      const need = await matching.need(agency.organizationId, {
        title: `${word} ${kilnNeed().title}`,
        ...overrides,
      });
      await matching.recomputeNeed(need.id);
      const rows: { technology_id: string }[] = await matching.kit.dataSource.query(
        `SELECT technology_id FROM match WHERE need_id = $1 AND technology_id IN ($2, $3, $4)`,
        [need.id, scr.id, filter.id, plain.id],
      );
      return rows.map((row) => row.technology_id).sort();
    };
    expect(await proposedFor({ fuels: ['high-sulphur-coal'], flowNm3h: 25000 })).toEqual([plain.id]);
    expect(await proposedFor({ fuels: ['high-sulphur-coal', 'natural-gas'], flowNm3h: 8000 })).toEqual(
      [scr.id, filter.id, plain.id].sort(),
    );
    // Nothing stated about the site: nothing is ruled out.
    expect(await proposedFor({})).toEqual([scr.id, filter.id, plain.id].sort());
  });
});
