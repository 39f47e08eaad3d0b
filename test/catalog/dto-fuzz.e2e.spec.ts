import fc from 'fast-check';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs, propertyRunsOn } from '../support/database';
import { TestMember, factories } from '../support/factories';
import { CatalogDriver, validListing } from './support/catalog-kit';

const FIELDS = Object.keys(validListing());

/** Values that broke real APIs: NUL, lone surrogates, huge numbers, wrong types, deep nesting. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom('\u0000', 'a\ud800b', '\udfff', ' ', '', 'x'.repeat(30_000), 'NaN', '1e400', '__proto__'),
  fc.constantFrom(Number.MAX_SAFE_INTEGER, -1, 0.5, 1e21, -0),
  fc.array(fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.object()), { maxLength: 5 }),
);

/** A valid body with one to three fields replaced by nasty values, sometimes with a nested or unknown key. */
const mutatedBody = fc
  .record({
    replaced: fc.array(fc.tuple(fc.constantFrom(...FIELDS), nasty), { minLength: 1, maxLength: 3 }),
    nested: fc.option(
      fc.tuple(fc.constantFrom('translations', 'removalEfficiency', 'referenceProjects'), fc.string(), nasty),
    ),
    unknownKey: fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), nasty)),
  })
  .map(({ replaced, nested, unknownKey }) => {
    const body: Record<string, unknown> = validListing();
    for (const [field, value] of replaced) body[field] = value;
    if (nested) {
      const [field, key, value] = nested;
      const items = Array.isArray(body[field]) ? [...(body[field] as object[])] : [{}];
      items[0] = { ...(items[0] ?? {}), [key]: value };
      body[field] = items;
    }
    if (unknownKey) body[unknownKey[0]] = unknownKey[1];
    return body;
  });

describe.each(databaseLegs())('listing DTO fuzz (%s)', (leg) => {
  let app: TestApp;
  let driver: CatalogDriver;
  let vendor: TestMember;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    const kit = await factories(app);
    driver = new CatalogDriver(app, kit);
    vendor = await kit.newMember('vendor');
  });
  afterAll(() => app?.close());

  const technologyCount = async () =>
    Number((await app.dataSource.query(`SELECT count(*) AS n FROM technology`))[0].n);

  it('create: never 5xx, and a refused body writes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(mutatedBody, async (body) => {
        const before = await technologyCount();
        const response = await app.request({
          method: 'POST',
          url: '/api/v1/technologies',
          token: vendor.token,
          body,
        });
        expect(response.status).toBeLessThan(500);
        if (response.status >= 400) {
          expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
          expect(await technologyCount()).toBe(before);
        } else {
          expect(response.status).toBe(201);
        }
      }),
      { numRuns: propertyRunsOn(leg, 250) },
    );
  });

  it('patch: never 5xx, and a refused patch leaves the listing untouched', async () => {
    const draft = await driver.create(vendor);
    await fc.assert(
      fc.asyncProperty(mutatedBody, fc.boolean(), async (mutated, keepAll) => {
        const [current] = await app.dataSource.query(`SELECT * FROM technology WHERE id = $1`, [draft.id]);
        const fields = keepAll ? mutated : Object.fromEntries(Object.entries(mutated).slice(0, 3));
        const body = { ...fields, version: current.version };
        const response = await app.request({
          method: 'PATCH',
          url: `/api/v1/technologies/${draft.id}`,
          token: vendor.token,
          body,
        });
        expect(response.status).toBeLessThan(500);
        const [after] = await app.dataSource.query(`SELECT * FROM technology WHERE id = $1`, [draft.id]);
        if (response.status >= 400) expect(after).toEqual(current);
        else expect(after.version).toBe(current.version + 1);
      }),
      { numRuns: propertyRunsOn(leg, 200) },
    );
  });

  it('raw bodies: malformed JSON, wrong types and wrong content types answer 4xx problem+json', async () => {
    const raw = [
      '{',
      '[]',
      'null',
      '"text"',
      '{"title": "\\u0000"}',
      '{"version": 1e999}',
      '{"__proto__": {"x": 1}}',
    ];
    for (const rawBody of raw) {
      const response = await app.request({
        method: 'POST',
        url: '/api/v1/technologies',
        token: vendor.token,
        rawBody,
      });
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.status).toBeLessThan(500);
    }
    const xml = await app.request({
      method: 'POST',
      url: '/api/v1/technologies',
      token: vendor.token,
      rawBody: '<x/>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(xml.status).toBe(415);
    const csv = await app.request({
      method: 'POST',
      url: '/api/v1/technologies',
      token: vendor.token,
      rawBody: 'title\nx',
      headers: { 'content-type': 'text/csv' },
    });
    expect(csv.status).toBe(415);
    expect(csv.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
