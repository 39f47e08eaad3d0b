import { INTEREST_LIMITS } from '@3ipet/matching';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, TestMember, factories } from '../support/factories';
import { MatchingKit, expectStatus } from './support/matching-kit';

describe.each(databaseLegs())('interest from both sides (%s)', (leg) => {
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

  const verifiedMember = async (kind: 'vendor' | 'agency', displayName?: string) => {
    const organization = await kit.newOrganization(kind, { verified: true });
    return kit.newMember(kind, { organizationId: organization.id, ...(displayName ? { displayName } : {}) });
  };
  const suggestions = (caller: TestMember | TestAdmin, needId: string) =>
    matching.get(caller, `/api/v1/needs/${needId}/suggestions`);
  const askIntroduction = (agency: TestMember, needId: string, technologyId: string, message?: string) =>
    matching.post(
      agency,
      `/api/v1/needs/${needId}/suggestions/${technologyId}/request`,
      message ? { message } : {},
    );
  const expressInterest = (vendor: TestMember, technologyId: string, needId: string, message?: string) =>
    matching.post(vendor, `/api/v1/technologies/${technologyId}/interest`, {
      needId,
      ...(message ? { message } : {}),
    });
  const queueOf = async (needId: string, extra = '') =>
    expectStatus(await matching.get(admin, `/api/v1/admin/matches?status=all&needId=${needId}${extra}`), 200)
      .body.items;

  it('shows an agency the ranked suggestions of its own need, ties by id, with reasons and nothing private', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    const twinA = await matching.listing(vendor.organizationId);
    const twinB = await matching.listing(vendor.organizationId);
    const weaker = await matching.listing(vendor.organizationId, {
      deploymentCountries: [],
      referenceProjects: [],
      supplyCountries: ['BD'],
    });
    const rejected = await matching.listing(vendor.organizationId, { title: 'Zig-zag kiln retrofit kit' });
    const need = await matching.need(agency.organizationId);
    await matching.recomputeNeed(need.id);
    const [toReject] = await queueOf(need.id, `&technologyId=${rejected.id}`);
    expectStatus(await matching.reject(admin, toReject.id, toReject.version, 'Curator-only words.'), 200);

    const page = expectStatus(await suggestions(agency, need.id), 200).body;
    const ids = page.items.map((s: { technology: { id: string } }) => s.technology.id);
    expect(ids.slice(0, 2).sort()).toEqual([twinA.id, twinB.id].sort());
    expect(ids[2]).toBe(weaker.id);
    expect(page.items[0].matchId < page.items[1].matchId).toBe(true);
    expect(page.items[0].score).toBe(page.items[1].score);
    expect(page.items[1].score).toBeGreaterThan(page.items[2].score);
    expect(page.items[0]).toMatchObject({ stage: 'waiting', requestedAt: null });
    expect(page.items[0].components.map((c: { sentence: string }) => c.sentence)).toContain(
      'Stated as deployed in Nepal.',
    );
    expect(JSON.stringify(page)).not.toContain('Curator-only words.');
    expect(Object.keys(page.items[0]).sort()).toEqual([
      'components',
      'matchId',
      'requestedAt',
      'score',
      'stage',
      'technology',
    ]);

    expect(expectStatus(await suggestions(admin, need.id), 200).body.total).toBe(3);
    expect((await suggestions(await kit.newMember('agency'), need.id)).status).toBe(404);
    expect((await suggestions(vendor, need.id)).status).toBe(403);
  });

  it('shows a verified vendor the open needs that fit its listing, best first, and when it expressed interest', async () => {
    const vendor = await verifiedMember('vendor');
    const agency = await kit.newMember('agency');
    const technology = await matching.listing(vendor.organizationId);
    const strong = await matching.need(agency.organizationId, {
      translations: [{ language: 'zh', title: '减少砖窑的颗粒物排放', description: '中文说明' }],
    });
    const weaker = await matching.need(agency.organizationId, { country: 'LK', city: 'Kandy' });
    const closing = await matching.need(agency.organizationId);
    await matching.recomputeTechnology(technology.id);
    await app.dataSource.query(
      `UPDATE need SET status = 'closed', close_reason = 'solved', closed_at = now() WHERE id = $1`,
      [closing.id],
    );
    expectStatus(await expressInterest(vendor, technology.id, weaker.id, 'Also in Sri Lanka.'), 201);

    const url = `/api/v1/technologies/${technology.id}/fitting-needs`;
    const page = expectStatus(await matching.get(vendor, url), 200).body;
    type Fit = {
      matchId: string;
      score: number;
      need: { id: string; translations: unknown[] };
      stage: string;
      requestedAt: unknown;
    };
    const items: Fit[] = page.items;
    const ranked = [...items].sort((a, b) => b.score - a.score || (a.matchId < b.matchId ? -1 : 1));
    expect(items.map((i) => i.matchId)).toEqual(ranked.map((i) => i.matchId));
    // Open needs of earlier tests may fit too: these are this agency's.
    const ours = items.filter((i) => [strong.id, weaker.id, closing.id].includes(i.need.id));
    expect(ours.map((i) => i.need.id)).toEqual([strong.id, weaker.id]);
    expect(ours[0].score).toBeGreaterThan(ours[1].score);
    expect(ours[0]).toMatchObject({ stage: 'waiting', requestedAt: null });
    expect(ours[1].requestedAt).toEqual(expect.any(String));
    // A summary carries the need's title in the languages its agency translated it into (not the descriptions).
    expect(ours.map((i) => i.need.translations)).toEqual([
      [{ language: 'zh', title: '减少砖窑的颗粒物排放' }],
      [],
    ]);
    expect(page.items[0].components).toHaveLength(6);

    expect((await matching.get(await kit.newMember('vendor'), url)).status).toBe(404);
    const unverified = await kit.newMember('vendor', { organizationId: vendor.organizationId });
    await app.dataSource.query(`UPDATE organization SET verified = false WHERE id = $1`, [
      vendor.organizationId,
    ]);
    expect((await matching.get(unverified, url)).status).toBe(403);
    expect((await matching.get(agency, url)).status).toBe(403);
    expect(expectStatus(await matching.get(admin, url), 200).body.total).toBe(items.length);
  });

  it('lets an agency ask for an introduction once: flagged in the queue with who and why, audited, a curator still decides', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await verifiedMember('agency', 'Sita Sharma');
    const technology = await matching.listing(vendor.organizationId);
    const need = await matching.need(agency.organizationId);
    await matching.recomputeNeed(need.id);

    const first = expectStatus(
      await askIntroduction(agency, need.id, technology.id, 'We have 40 kilns.'),
      201,
    );
    expect(first.body).toMatchObject({
      side: 'need',
      stage: 'waiting',
      created: true,
      message: 'We have 40 kilns.',
    });
    const again = expectStatus(await askIntroduction(agency, need.id, technology.id, 'Another line.'), 200);
    expect(again.body).toMatchObject({
      matchId: first.body.matchId,
      created: false,
      message: 'We have 40 kilns.',
    });

    const [flagged] = await queueOf(need.id, '&requested=true');
    expect(flagged).toMatchObject({ id: first.body.matchId, status: 'proposed', origin: 'automatic' });
    expect(flagged.requests).toEqual([
      expect.objectContaining({
        side: 'need',
        requestedBy: 'Sita Sharma',
        message: 'We have 40 kilns.',
        organization: expect.objectContaining({ id: agency.organizationId }),
      }),
    ]);
    const unrequested = await queueOf(need.id, '&requested=false');
    expect(unrequested.map((m: { id: string }) => m.id)).not.toContain(first.body.matchId);
    expect(unrequested.every((m: { requests: unknown[] }) => m.requests.length === 0)).toBe(true);
    const audit = expectStatus(
      await matching.get(admin, `/api/v1/admin/audit?targetId=${first.body.matchId}`),
      200,
    );
    expect(audit.body.items.map((e: { action: string }) => e.action)).toEqual([
      'match.introduction-requested',
    ]);
    expect(await matching.statusOf(first.body.matchId)).toBe('proposed');
    const listed = expectStatus(await suggestions(agency, need.id), 200).body.items.find(
      (item: { matchId: string }) => item.matchId === first.body.matchId,
    );
    expect(listed.requestedAt).toBe(first.body.requestedAt);
  });

  it('puts a requested pair a recompute took back into the queue again when the same side asks again', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    const need = await matching.need(agency.organizationId);
    const technology = await matching.listing(vendor.organizationId);
    const asked = expectStatus(await askIntroduction(agency, need.id, technology.id, 'Please.'), 201).body;
    await app.dataSource.query(`UPDATE match SET status = 'withdrawn', version = version + 1 WHERE id = $1`, [
      asked.matchId,
    ]);
    expect(expectStatus(await suggestions(agency, need.id), 200).body.total).toBe(0);

    const again = expectStatus(await askIntroduction(agency, need.id, technology.id), 200).body;
    expect(again).toMatchObject({
      matchId: asked.matchId,
      created: false,
      stage: 'waiting',
      message: 'Please.',
    });
    expect(await matching.statusOf(asked.matchId)).toBe('proposed');
    const history = await matching.get(admin, `/api/v1/admin/matches/${asked.matchId}/transitions`);
    expect(history.body.items.at(-1)).toMatchObject({
      fromStatus: 'withdrawn',
      toStatus: 'proposed',
      actorRole: 'agency',
    });
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM match_request WHERE match_id = $1`,
      [asked.matchId],
    );
    expect(count).toBe(1);
  });

  it('keeps a proposal a side asked for in the queue when a recompute would withdraw it', async () => {
    const asked = await matching.proposal();
    const unasked = await matching.proposal();
    expectStatus(await askIntroduction(asked.agency, asked.need.id, asked.technology.id), 201);
    // Both listings now share no pollutant with their need: an automatic proposal that nobody asked for goes.
    for (const fixture of [asked, unasked]) {
      await app.dataSource.query(`UPDATE technology SET pollutants = '{so2}' WHERE id = $1`, [
        fixture.technology.id,
      ]);
      await matching.recomputeNeed(fixture.need.id);
    }
    expect(await matching.statusOf(unasked.matchId)).toBe('withdrawn');
    expect(await matching.statusOf(asked.matchId)).toBe('proposed');
  });

  it('creates a match scored the usual way, origin saying who asked, for a pair the recompute never proposed', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    const need = await matching.need(agency.organizationId);
    const technology = await matching.listing(vendor.organizationId);
    const asked = expectStatus(await askIntroduction(agency, need.id, technology.id), 201).body;
    const [row] = await queueOf(need.id);
    expect(row).toMatchObject({ id: asked.matchId, origin: 'agency-request', status: 'proposed' });
    expect(row.components).toHaveLength(6);
    expect(row.score).toBeGreaterThan(60);
    const history = await matching.get(admin, `/api/v1/admin/matches/${asked.matchId}/transitions`);
    expect(history.body.items).toEqual([
      expect.objectContaining({
        fromStatus: null,
        toStatus: 'proposed',
        actorRole: 'agency',
        note: 'Asked for by the agency.',
      }),
    ]);
  });

  it('lets a vendor of a verified organisation express interest in an open need for its own listing', async () => {
    const vendor = await verifiedMember('vendor', 'Li Wei');
    const agency = await kit.newMember('agency');
    const technology = await matching.listing(vendor.organizationId);
    const need = await matching.need(agency.organizationId);
    const draft = await matching.need(agency.organizationId, { status: 'draft', openedAt: null });
    const foreign = await matching.listing((await kit.newMember('vendor')).organizationId);
    const unverified = await kit.newMember('vendor');
    const unverifiedListing = await matching.listing(unverified.organizationId);

    const created = expectStatus(
      await expressInterest(vendor, technology.id, need.id, 'We did 30 kilns.'),
      201,
    ).body;
    expect(created).toMatchObject({ side: 'vendor', created: true, stage: 'waiting' });
    expect(expectStatus(await expressInterest(vendor, technology.id, need.id), 200).body.created).toBe(false);
    const [row] = await queueOf(need.id, '&requested=true');
    expect(row).toMatchObject({
      origin: 'vendor-interest',
      requests: [
        expect.objectContaining({ side: 'vendor', requestedBy: 'Li Wei', message: 'We did 30 kilns.' }),
      ],
    });

    expect((await expressInterest(vendor, foreign.id, need.id)).status).toBe(404);
    expect((await expressInterest(vendor, technology.id, draft.id)).status).toBe(404);
    expect((await expressInterest(unverified, unverifiedListing.id, need.id)).status).toBe(403);
    const missing = await matching.post(vendor, `/api/v1/technologies/${technology.id}/interest`, {
      needId: 'nope',
    });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual([expect.objectContaining({ field: 'needId', rule: 'isUuid' })]);
    const tooLong = await expressInterest(vendor, technology.id, need.id, 'x'.repeat(501));
    expect(tooLong.body.errors).toEqual([expect.objectContaining({ field: 'message', rule: 'maxLength' })]);
    const audit = expectStatus(
      await matching.get(
        admin,
        `/api/v1/admin/audit?action=match.interest-expressed&targetId=${created.matchId}`,
      ),
      200,
    );
    expect(audit.body.total).toBe(1);
  });

  it('shows both sides when both asked, and never reopens a pair the curators decided on', async () => {
    const vendor = await verifiedMember('vendor');
    const agency = await kit.newMember('agency');
    const proposal = await matching.proposal({ vendor, agency });
    expectStatus(await askIntroduction(agency, proposal.need.id, proposal.technology.id), 201);
    expectStatus(await expressInterest(vendor, proposal.technology.id, proposal.need.id), 201);
    const [row] = await queueOf(proposal.need.id, '&requested=true');
    expect(row.requests.map((r: { side: string }) => r.side)).toEqual(['need', 'vendor']);

    const rejected = await matching.proposal({ agency });
    expectStatus(
      await matching.reject(admin, rejected.matchId, rejected.version, undefined, 'wrong-sector'),
      200,
    );
    const refused = await askIntroduction(agency, rejected.need.id, rejected.technology.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: expect.stringContaining('already-decided'), stage: 'closed' });
    expect(await matching.statusOf(rejected.matchId)).toBe('rejected');
  });

  it('refuses a closed need (422) and another organisation’s need or an unpublished listing (404)', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    const technology = await matching.listing(vendor.organizationId);
    const draftListing = await matching.listing(vendor.organizationId, {
      status: 'draft',
      publishedAt: null,
    });
    const closed = await matching.need(agency.organizationId, {
      status: 'closed',
      closeReason: 'solved',
      closedAt: new Date(),
    });
    const foreignNeed = await matching.need((await kit.newOrganization('agency')).id);
    const open = await matching.need(agency.organizationId);
    const notOpen = await askIntroduction(agency, closed.id, technology.id);
    expect(notOpen.status).toBe(422);
    expect(notOpen.body.errors).toEqual([expect.objectContaining({ field: 'needId', rule: 'isOpenNeed' })]);
    expect((await askIntroduction(agency, foreignNeed.id, technology.id)).status).toBe(404);
    expect((await askIntroduction(agency, open.id, draftListing.id)).status).toBe(404);
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM match WHERE need_id = ANY($1)`,
      [[closed.id, open.id, foreignNeed.id]],
    );
    expect(count).toBe(0);
  });

  it('records one match and one request when the same side asks twice at once, and both answers agree', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    const colleague = await kit.newMember('agency', { organizationId: agency.organizationId });
    const need = await matching.need(agency.organizationId);
    const technology = await matching.listing(vendor.organizationId);
    const answers = await Promise.all([
      askIntroduction(agency, need.id, technology.id, 'First.'),
      askIntroduction(colleague, need.id, technology.id, 'Second.'),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 201]);
    expect(new Set(answers.map((a) => a.body.matchId)).size).toBe(1);
    const [{ requests }] = await app.dataSource.query(
      `SELECT count(*)::int AS requests FROM match_request r JOIN match m ON m.id = r.match_id
        WHERE m.need_id = $1 AND m.technology_id = $2`,
      [need.id, technology.id],
    );
    expect(requests).toBe(1);
  });

  it('rate-limits asking per person: over the limit answers 429 and records nothing more', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    const need = await matching.need(agency.organizationId);
    const technology = await matching.listing(vendor.organizationId);
    for (let attempt = 0; attempt < INTEREST_LIMITS.perUserPerHour; attempt += 1) {
      expect([200, 201]).toContain((await askIntroduction(agency, need.id, technology.id)).status);
    }
    const other = await matching.listing(vendor.organizationId);
    const limited = await askIntroduction(agency, need.id, other.id);
    expect(limited.status).toBe(429);
    expect(limited.body.retryAfterSeconds).toBeGreaterThan(0);
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM match WHERE technology_id = $1`,
      [other.id],
    );
    expect(count).toBe(0);
    const colleague = await kit.newMember('agency', { organizationId: agency.organizationId });
    expectStatus(await askIntroduction(colleague, need.id, other.id), 201);
  });

  it('rate-limits asking per organisation, whichever of its members asks', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    const need = await matching.need(agency.organizationId);
    const technology = await matching.listing(vendor.organizationId);
    const { perUserPerHour, perOrganizationPerHour } = INTEREST_LIMITS;
    const members = await Promise.all(
      Array.from({ length: Math.ceil(perOrganizationPerHour / perUserPerHour) + 1 }, () =>
        kit.newMember('agency', { organizationId: agency.organizationId }),
      ),
    );
    const statuses: number[] = [];
    for (let attempt = 0; attempt <= perOrganizationPerHour; attempt += 1) {
      const member = members[Math.floor(attempt / perUserPerHour)];
      statuses.push((await askIntroduction(member, need.id, technology.id)).status);
    }
    expect(statuses.slice(0, perOrganizationPerHour).every((status) => status < 300)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const outsider = await kit.newMember('agency');
    const ownNeed = await matching.need(outsider.organizationId);
    expectStatus(await askIntroduction(outsider, ownNeed.id, technology.id), 201);
  });
});
