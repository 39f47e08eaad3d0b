import { randomUUID } from 'node:crypto';
import { ClaimVerificationService } from '@3ipet/catalog';
import { FakeMeilisearchServer } from '@3ipet/search';
import { TestApp, TestResponse, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestAdmin, TestMember, factories } from '../support/factories';
import { pdf, upload } from '../files/support/file-fixtures';
import { CatalogDriver, expectStatus } from './support/catalog-kit';

interface Claim {
  id: string;
  kind: string;
  pollutant: string | null;
  value: number | null;
  statement: string;
  fromListing: boolean;
  evidence: null | { file: { id: string; url: string } | null; url: string | null; issuer: string };
  verification: { status: string; verifiedAt: string | null };
}

const evidenceUrl = (id: string) => `/api/v1/technologies/${id}/evidence`;

/** Claims and their evidence: the API, who may write and read it, and what listing edits do to it. */
describe.each(databaseLegs())('evidence behind claims (%s)', (leg) => {
  let app: TestApp;
  let driver: CatalogDriver;
  let owner: TestMember;
  let colleague: TestMember;
  let stranger: TestMember;
  let agency: TestMember;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    const kit = await factories(app);
    driver = new CatalogDriver(app, kit);
    owner = await kit.newMember('vendor');
    colleague = await kit.newMember('vendor', { organizationId: owner.organizationId });
    stranger = await kit.newMember('vendor');
    agency = await kit.newMember('agency');
    admin = await kit.newAdmin();
  });
  afterAll(() => app?.close());

  const list = (token: string | undefined, id: string) =>
    app.request({ method: 'GET', url: evidenceUrl(id), token });
  const claimsOf = async (id: string): Promise<Claim[]> =>
    expectStatus(await list(owner.token, id), 200).body.items;
  const put = (token: string | undefined, id: string, claimId: string, body: object) =>
    app.request({ method: 'PUT', url: `${evidenceUrl(id)}/${claimId}`, token, body });
  const add = (token: string | undefined, id: string, body: object) =>
    app.request({ method: 'POST', url: evidenceUrl(id), token, body });
  const uploaded = async (member: TestMember, name: string) =>
    expectStatus(await upload(app, member.token, name, pdf()), 201).body as { id: string; url: string };
  const labReport = (fileId: string) => ({
    fileId,
    issuer: 'SGS-CSTC Standards Technical Services',
    issuerKind: 'lab',
    method: 'HJ 836-2017',
    testedOn: '2025-03-14',
    conditions: 'Cement kiln at 85 % load, inlet 12 g/Nm³',
    validUntil: '2028-03-13',
  });
  const errorsOf = (response: TestResponse) =>
    expectStatus(response, 400).body.errors.map(
      (e: { field: string; rule: string }) => `${e.field}:${e.rule}`,
    );
  const edit = async (id: string, changes: object) => {
    const current = expectStatus(await driver.get(owner, id), 200).body;
    return expectStatus(
      await app.request({
        method: 'PATCH',
        url: `/api/v1/technologies/${id}`,
        token: owner.token,
        body: { version: current.version, ...changes },
      }),
      200,
    ).body;
  };
  const verify = (technologyId: string, claimIds: string[], verdictId = randomUUID()) =>
    app.dataSource.transaction((manager) =>
      app.app.get(ClaimVerificationService).applyVerdict(manager, {
        technologyId,
        verdictId,
        verifiedAt: new Date('2025-06-02T10:00:00Z'),
        verifiedUntil: new Date('2027-06-02T10:00:00Z'),
        marks: claimIds.map((claimId) => ({ claimId, outcome: 'confirmed' as const })),
      }),
    );

  it('makes a claim of each removal efficiency and certification, and shows a draft’s only to its organisation and admins', async () => {
    const draft = await driver.create(owner, { certifications: ['CE', 'ISO 9001'] });
    const claims = await claimsOf(draft.id);
    expect(claims.map((c) => [c.kind, c.pollutant, c.value, c.statement, c.fromListing])).toEqual([
      ['removal-efficiency', 'pm10', 99.5, '99.5 % PM10 removal', true],
      ['certification', null, null, 'CE', true],
      ['certification', null, null, 'ISO 9001', true],
    ]);
    expect(claims.every((c) => c.evidence === null && c.verification.status === 'stated')).toBe(true);
    expect((await list(undefined, draft.id)).status).toBe(404);
    expect((await list(stranger.token, draft.id)).status).toBe(404);
    expect((await list(agency.token, draft.id)).status).toBe(404);
    expect((await list(admin.token, draft.id)).status).toBe(200);
    expect((await list(colleague.token, draft.id)).status).toBe(200);
  });

  it('attaches, replaces and removes evidence; a draft’s evidence file stays private until the listing is published', async () => {
    const draft = await driver.create(owner, { title: 'Kiln ESP with a lab report' });
    const [efficiency] = await claimsOf(draft.id);
    const report = await uploaded(owner, 'sgs-report.pdf');
    const attached = expectStatus(
      await put(owner.token, draft.id, efficiency.id, labReport(report.id)),
      200,
    ).body;
    expect(attached.evidence).toMatchObject({
      file: { id: report.id },
      url: null,
      issuer: 'SGS-CSTC Standards Technical Services',
      issuerKind: 'lab',
      method: 'HJ 836-2017',
      testedOn: '2025-03-14',
      validUntil: '2028-03-13',
    });
    for (const reader of [undefined, stranger.token, agency.token]) {
      expect((await app.request({ method: 'GET', url: report.url, token: reader })).status).toBe(404);
    }
    expect((await app.request({ method: 'GET', url: report.url, token: admin.token })).status).toBe(200);

    const submitted = expectStatus(await driver.move(owner, draft.id, 'submit', draft.version), 200).body;
    expectStatus(await driver.move(admin, draft.id, 'publish', submitted.version), 200);
    const publicList = expectStatus(await list(undefined, draft.id), 200).body.items as Claim[];
    expect(publicList[0].evidence?.file?.id).toBe(report.id);
    expect((await app.request({ method: 'GET', url: report.url })).status).toBe(200);

    const replaced = expectStatus(
      await put(colleague.token, draft.id, efficiency.id, {
        url: 'https://reports.example.org/2025/118',
        issuer: 'Yunnan Cement Group',
        issuerKind: 'client',
      }),
      200,
    ).body;
    expect(replaced.evidence).toMatchObject({ file: null, url: 'https://reports.example.org/2025/118' });
    // The file is no longer cited by a published listing: private again.
    expect((await app.request({ method: 'GET', url: report.url })).status).toBe(404);

    const removed = await app.request({
      method: 'DELETE',
      url: `${evidenceUrl(draft.id)}/${efficiency.id}/evidence`,
      token: owner.token,
    });
    expect(expectStatus(removed, 200).body.evidence).toBeNull();
    const again = await app.request({
      method: 'DELETE',
      url: `${evidenceUrl(draft.id)}/${efficiency.id}/evidence`,
      token: owner.token,
    });
    expect(again.status).toBe(404);
    const audit: { action: string }[] = await app.dataSource.query(
      `SELECT action FROM audit_entry WHERE target_id = $1 AND action LIKE 'technology.claim.%' ORDER BY id`,
      [draft.id],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'technology.claim.evidence',
      'technology.claim.evidence',
      'technology.claim.evidence-removed',
    ]);
  });

  it('names the field and rule of every bad claim or evidence, and refuses another organisation’s file', async () => {
    const draft = await driver.create(owner);
    const [efficiency] = await claimsOf(draft.id);
    const theirs = await uploaded(stranger, 'theirs.pdf');
    expect(errorsOf(await put(owner.token, draft.id, efficiency.id, labReport(theirs.id)))).toEqual([
      'fileId:fileOfListingOrganization',
    ]);
    expect(
      errorsOf(await put(owner.token, draft.id, efficiency.id, { issuer: 'Someone', issuerKind: 'lab' })),
    ).toEqual(['fileId:fileOrUrl']);
    expect(
      errorsOf(
        await put(owner.token, draft.id, efficiency.id, {
          url: 'https://reports.example.org/x',
          issuer: 'Lab',
          issuerKind: 'lab',
          testedOn: '2025-03-14',
          validUntil: '2024-01-01',
        }),
      ),
    ).toEqual(['validUntil:notBeforeTestedOn']);
    expect(
      errorsOf(
        await put(owner.token, draft.id, efficiency.id, {
          url: 'ftp://x.org/a',
          issuer: 'Lab',
          issuerKind: 'oracle',
        }),
      ),
    ).toEqual(expect.arrayContaining(['url:isUrl', 'issuerKind:isIn']));

    expect(
      errorsOf(
        await add(owner.token, draft.id, {
          kind: 'removal-efficiency',
          pollutant: 'pm2.5',
          value: 90,
          unit: '%',
          statement: 'x',
        }),
      ),
    ).toEqual(['kind:claimFromListing']);
    expect(
      errorsOf(
        await add(owner.token, draft.id, {
          kind: 'outlet-concentration',
          value: 20,
          unit: 'kWh/t',
          statement: 'Dust below 20',
        }),
      ),
    ).toEqual(['pollutant:required', 'unit:unitOfKind']);
    expect(
      errorsOf(
        await add(owner.token, draft.id, {
          kind: 'outlet-concentration',
          pollutant: 'so2',
          value: 20,
          statement: 'SO2 low',
        }),
      ),
    ).toEqual(['pollutant:listedByListing', 'unit:required']);
    expect(
      errorsOf(
        await add(owner.token, draft.id, { kind: 'energy-use', statement: 'x', pollutant: 'mercury' }),
      ),
    ).toEqual(['pollutant:inTaxonomy']);

    const outlet = expectStatus(
      await add(owner.token, draft.id, {
        kind: 'outlet-concentration',
        pollutant: 'pm10',
        value: 18,
        unit: 'mg/Nm³',
        statement: 'Stack dust 18 mg/Nm³',
        evidence: {
          url: 'https://reports.example.org/hetauda',
          issuer: 'Hetauda Cement',
          issuerKind: 'client',
        },
      }),
      201,
    ).body as Claim;
    expect(outlet).toMatchObject({ kind: 'outlet-concentration', value: 18, fromListing: false });
    expect(outlet.evidence?.issuer).toBe('Hetauda Cement');
    const deleteClaim = (claimId: string) =>
      app.request({ method: 'DELETE', url: `${evidenceUrl(draft.id)}/${claimId}`, token: owner.token });
    const refused = await deleteClaim(efficiency.id);
    expect(refused.status).toBe(422);
    expect(refused.body.errors[0]).toMatchObject({ field: 'kind', rule: 'claimFromListing' });
    expect((await deleteClaim(outlet.id)).status).toBe(204);
    expect((await claimsOf(draft.id)).map((c) => c.id)).toEqual([efficiency.id]);
  });

  it('lets only the listing’s organisation write: another vendor, an agency, an admin and anonymous are refused', async () => {
    const published = await driver.published(owner, admin);
    const [claim] = await claimsOf(published.id);
    const body = { url: 'https://reports.example.org/y', issuer: 'Lab', issuerKind: 'lab' };
    expect((await put(stranger.token, published.id, claim.id, body)).status).toBe(403);
    expect((await put(agency.token, published.id, claim.id, body)).status).toBe(403);
    expect((await put(admin.token, published.id, claim.id, body)).status).toBe(403);
    expect((await put(undefined, published.id, claim.id, body)).status).toBe(401);
    const outlet = { kind: 'energy-use', value: 40, unit: 'kW', statement: '40 kW at full load' };
    expect((await add(stranger.token, published.id, outlet)).status).toBe(403);
    expect((await add(undefined, published.id, outlet)).status).toBe(401);
    expect(
      (
        await app.request({
          method: 'DELETE',
          url: `${evidenceUrl(published.id)}/${claim.id}`,
          token: stranger.token,
        })
      ).status,
    ).toBe(403);
    const draft = await driver.create(owner);
    const [draftClaim] = await claimsOf(draft.id);
    expect((await put(stranger.token, draft.id, draftClaim.id, body)).status).toBe(404);
    // A claim of another listing is not found through this one.
    expect((await put(owner.token, draft.id, claim.id, body)).status).toBe(404);
    expect((await claimsOf(published.id))[0].evidence).toBeNull();
  });

  it('keeps claims in step with listing edits: evidence stays on unchanged figures, an edited verified figure is stated again', async () => {
    const published = await driver.published(owner, admin, {
      removalEfficiency: [
        { pollutant: 'pm10', percent: 99.5 },
        { pollutant: 'pm2.5', percent: 98 },
      ],
      certifications: ['CE'],
    });
    const [pm10, pm25, ce] = await claimsOf(published.id);
    const report = await uploaded(owner, 'report.pdf');
    expectStatus(await put(owner.token, published.id, pm10.id, labReport(report.id)), 200);
    expectStatus(await put(owner.token, published.id, pm25.id, labReport(report.id)), 200);
    await verify(published.id, [pm10.id, pm25.id]);
    expect((await claimsOf(published.id)).map((c) => c.verification.status)).toEqual([
      'confirmed',
      'confirmed',
      'stated',
    ]);

    await edit(published.id, {
      removalEfficiency: [
        { pollutant: 'pm10', percent: 99.5 },
        { pollutant: 'pm2.5', percent: 99 },
      ],
      certifications: ['CE', 'ISO 14001'],
    });
    const after = await claimsOf(published.id);
    expect(after.map((c) => [c.id, c.statement, c.verification.status, c.evidence?.issuer ?? null])).toEqual([
      [pm10.id, '99.5 % PM10 removal', 'confirmed', 'SGS-CSTC Standards Technical Services'],
      [pm25.id, '99 % PM2.5 removal', 'stated', 'SGS-CSTC Standards Technical Services'],
      [ce.id, 'CE', 'stated', null],
      [expect.any(String), 'ISO 14001', 'stated', null],
    ]);
    const view = expectStatus(await driver.get(null, published.id), 200).body;
    expect(view.verifiedClaims.map((c: { claimId: string }) => c.claimId)).toEqual([pm10.id]);

    await edit(published.id, {
      removalEfficiency: [{ pollutant: 'pm2.5', percent: 99 }],
      certifications: [],
    });
    expect((await claimsOf(published.id)).map((c) => c.id)).toEqual([pm25.id]);
    expect(expectStatus(await driver.get(null, published.id), 200).body.verifiedClaims).toEqual([]);
  });

  it('takes verdicts only for the listing’s own claims, and a withdrawn verdict leaves the claims stated', async () => {
    const first = await driver.published(owner, admin);
    const second = await driver.published(owner, admin);
    const [mine] = await claimsOf(first.id);
    const [other] = await claimsOf(second.id);
    await expect(verify(first.id, [mine.id, other.id])).rejects.toMatchObject({ status: 422 });
    expect((await claimsOf(first.id))[0].verification.status).toBe('stated');
    const verdictId = randomUUID();
    await verify(first.id, [mine.id], verdictId);
    const [verified] = await claimsOf(first.id);
    expect(verified.verification).toMatchObject({
      status: 'confirmed',
      verifiedAt: '2025-06-02T10:00:00.000Z',
    });
    await app.dataSource.transaction((manager) =>
      app.app.get(ClaimVerificationService).withdrawVerdict(manager, verdictId),
    );
    expect((await claimsOf(first.id))[0].verification).toMatchObject({ status: 'stated', verifiedAt: null });
    expect(await app.app.get(ClaimVerificationService).claimsOf(undefined, first.id)).toHaveLength(1);
  });
});

/** `verified=true` on the technology search, on both engines. */
describe.each(
  databaseLegs().flatMap((leg) => [
    [leg, 'embedded'],
    [leg, 'meilisearch'],
  ]),
)('search filter verified=true (%s, %s engine)', (leg, engine) => {
  const fake = new FakeMeilisearchServer({ masterKey: 'verified-search-key' });
  let app: TestApp;
  let driver: CatalogDriver;
  let owner: TestMember;
  let admin: TestAdmin;

  beforeAll(async () => {
    const env: Record<string, string> =
      engine === 'meilisearch'
        ? { MEILI_URL: await fake.start(), MEILI_MASTER_KEY: 'verified-search-key' }
        : {};
    app = await bootTestApp(leg as 'pglite', env);
    const kit = await factories(app);
    driver = new CatalogDriver(app, kit);
    owner = await kit.newMember('vendor');
    admin = await kit.newAdmin();
  });
  afterEach(() => engine === 'meilisearch' && fake.assertNoViolations());
  afterAll(async () => {
    await app?.close();
    if (engine === 'meilisearch') await fake.stop();
  });

  /** Searches until the index shows what is expected (jobs run in the background on Redis). */
  const searchUntil = async (query: string, done: (ids: string[]) => boolean) => {
    const deadline = Date.now() + 30_000;
    for (;;) {
      await app.settle();
      const body = expectStatus(await driver.search(query), 200).body;
      const ids = body.items.map((item: { id: string }) => item.id);
      if (done(ids) || Date.now() > deadline) return body;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };

  it('finds only listings with a claim confirmed by expert review, with the date of the verdict', async () => {
    const verified = await driver.published(owner, admin, { title: 'Verifiable kiln filter' });
    const stated = await driver.published(owner, admin, { title: 'Unverified kiln filter' });
    const [claim] = expectStatus(await app.request({ method: 'GET', url: evidenceUrl(verified.id) }), 200)
      .body.items;
    await app.dataSource.transaction((manager) =>
      app.app.get(ClaimVerificationService).applyVerdict(manager, {
        technologyId: verified.id,
        verdictId: randomUUID(),
        verifiedAt: new Date('2025-06-02T10:00:00Z'),
        verifiedUntil: null,
        marks: [{ claimId: claim.id, outcome: 'confirmed-with-conditions', note: 'At 85 % load only' }],
      }),
    );
    const only = await searchUntil('q=kiln filter&verified=true', (ids) => ids.includes(verified.id));
    expect(only.items.map((item: { id: string }) => item.id)).toEqual([verified.id]);
    expect(only.items[0]).toMatchObject({ verifiedAt: '2025-06-02T10:00:00.000Z', verifiedClaims: 1 });
    const others = await searchUntil('q=kiln filter&verified=false', (ids) => ids.includes(stated.id));
    expect(others.items.map((item: { id: string }) => item.id)).toEqual([stated.id]);
    expect(others.items[0]).toMatchObject({ verifiedAt: null, verifiedClaims: 0 });
    const bad = await driver.search('verified=maybe');
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0]).toMatchObject({ field: 'verified', rule: 'isBoolean' });
  });
});
