import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, factories } from '../support/factories';
import { MatchingKit, expectStatus } from './support/matching-kit';

describe.each(databaseLegs())('curation of proposed matches (%s)', (leg) => {
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

  it('lists proposals best first with both summaries and one sentence per component, filtered by country and pollutant', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    const strong = await matching.listing(vendor.organizationId);
    const weaker = await matching.listing(vendor.organizationId, {
      deploymentCountries: [],
      referenceProjects: [],
      supplyCountries: ['BD'],
    });
    const need = await matching.need(agency.organizationId, { country: 'NP' });
    await matching.recomputeNeed(need.id);

    const page = expectStatus(await matching.get(admin, `/api/v1/admin/matches?needId=${need.id}`), 200).body;
    expect(page.items.map((m: { technology: { id: string } }) => m.technology.id)).toEqual([
      strong.id,
      weaker.id,
    ]);
    const [best] = page.items;
    expect(best).toMatchObject({
      status: 'proposed',
      origin: 'automatic',
      exclusionReason: null,
      version: 1,
    });
    expect(best.need).toMatchObject({
      id: need.id,
      country: 'NP',
      organization: { id: agency.organizationId },
    });
    expect(best.technology).toMatchObject({ id: strong.id, vendor: { id: vendor.organizationId } });
    expect(best.components.map((c: { name: string }) => c.name)).toEqual([
      'pollutantCoverage',
      'sectorFit',
      'textRelevance',
      'geography',
      'trlFit',
      'costFit',
    ]);
    expect(best.components.find((c: { name: string }) => c.name === 'geography').sentence).toBe(
      'Stated as deployed in Nepal.',
    );

    const inIndia = await matching.get(admin, `/api/v1/admin/matches?needId=${need.id}&country=IN`);
    expect(inIndia.body.total).toBe(0);
    const bySo2 = await matching.get(admin, `/api/v1/admin/matches?needId=${need.id}&pollutant=so2`);
    expect(bySo2.body.total).toBe(0);
    const byBlackCarbon = await matching.get(
      admin,
      `/api/v1/admin/matches?needId=${need.id}&pollutant=black-carbon&country=NP`,
    );
    expect(byBlackCarbon.body.total).toBe(2);
  });

  it('lists matches of every status with status=all, best first', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    await matching.listing(vendor.organizationId);
    await matching.listing(vendor.organizationId);
    const need = await matching.need(agency.organizationId);
    await matching.recomputeNeed(need.id);
    const url = `/api/v1/admin/matches?needId=${need.id}`;
    const ids = async (query: string): Promise<string[]> =>
      expectStatus(await matching.get(admin, url + query), 200)
        .body.items.map((m: { id: string }) => m.id)
        .sort();
    const proposedBefore = await ids('');
    expect(proposedBefore.length).toBeGreaterThanOrEqual(2);
    const first = expectStatus(
      await matching.get(admin, `/api/v1/admin/matches/${proposedBefore[0]}`),
      200,
    ).body;
    expectStatus(await matching.reject(admin, first.id, first.version, 'Not this one.'), 200);

    expect(await ids('&status=rejected')).toEqual([first.id]);
    expect(await ids('')).toEqual(proposedBefore.filter((id) => id !== first.id));
    expect(await ids('&status=all')).toEqual(proposedBefore);
  });

  it('answers bad filters with 400 naming the field and rule', async () => {
    const response = await matching.get(admin, '/api/v1/admin/matches?limit=1000&country=XX&status=maybe');
    expect(response.status).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const rules = response.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`);
    expect(rules).toEqual(expect.arrayContaining(['limit:max', 'country:inTaxonomy', 'status:isIn']));
    expect((await matching.get(admin, '/api/v1/admin/matches/not-a-uuid')).body.errors).toEqual([
      expect.objectContaining({ field: 'id', rule: 'isUuid' }),
    ]);
  });

  it('introduces both sides on approval: audited, in the history, and both organisations notified', async () => {
    const proposal = await matching.proposal();
    const approved = expectStatus(
      await matching.approve(admin, proposal.matchId, proposal.version, 'Their Bhaktapur conversions fit.'),
      200,
    ).body;
    expect(approved).toMatchObject({
      status: 'introduced',
      decisionNote: 'Their Bhaktapur conversions fit.',
      version: 2,
    });
    expect(approved.introducedAt).not.toBeNull();

    const history = expectStatus(
      await matching.get(admin, `/api/v1/admin/matches/${proposal.matchId}/transitions`),
      200,
    ).body;
    expect(history.items).toEqual([
      expect.objectContaining({ fromStatus: null, toStatus: 'proposed', actorRole: 'system', actorId: null }),
      expect.objectContaining({
        fromStatus: 'proposed',
        toStatus: 'introduced',
        actorRole: 'admin',
        actorId: admin.userId,
      }),
    ]);
    const audit = await app.dataSource.query(
      `SELECT action, actor_id FROM audit_entry WHERE target_id = $1`,
      [proposal.matchId],
    );
    expect(audit).toEqual([{ action: 'match.introduced', actor_id: admin.userId }]);

    await app.settle();
    const notices = await app.dataSource.query(
      `SELECT organization_id, kind FROM notification WHERE payload->>'matchId' = $1 ORDER BY kind, organization_id`,
      [proposal.matchId],
    );
    expect(notices).toHaveLength(2);
    expect(notices.map((n: { organization_id: string }) => n.organization_id).sort()).toEqual(
      [proposal.agency.organizationId, proposal.vendor.organizationId].sort(),
    );
    expect(notices.every((n: { kind: string }) => n.kind === 'match.introduced')).toBe(true);
  });

  it('lets exactly one of two admins deciding at once succeed; the other gets 409', async () => {
    const second = await kit.newAdmin();
    for (const [first, other] of [
      ['approve', 'approve'],
      ['approve', 'reject'],
    ] as const) {
      const proposal = await matching.proposal();
      const decide = (who: TestAdmin, action: 'approve' | 'reject') =>
        action === 'approve'
          ? matching.approve(who, proposal.matchId, proposal.version)
          : matching.reject(who, proposal.matchId, proposal.version);
      const responses = await Promise.all([decide(admin, first), decide(second, other)]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 409]);
      expect(responses.find((r) => r.status === 409)!.body.type).toMatch(/stale-version|invalid-transition/);
      const history = await matching.get(admin, `/api/v1/admin/matches/${proposal.matchId}/transitions`);
      expect(history.body.items.filter((t: { actorRole: string }) => t.actorRole === 'admin')).toHaveLength(
        1,
      );
    }
  });

  it('refuses a stale version, a second decision and an introduction of a closed need', async () => {
    const proposal = await matching.proposal();
    const stale = await matching.approve(admin, proposal.matchId, proposal.version + 1);
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ type: expect.stringContaining('stale-version'), currentVersion: 1 });

    expectStatus(await matching.reject(admin, proposal.matchId, proposal.version, 'Wrong kiln type.'), 200);
    const again = await matching.approve(admin, proposal.matchId, proposal.version + 1);
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      type: expect.stringContaining('invalid-transition'),
      matchStatus: 'rejected',
    });

    const closing = await matching.proposal();
    await app.dataSource.query(
      `UPDATE need SET status = 'closed', close_reason = 'solved', closed_at = now() WHERE id = $1`,
      [closing.need.id],
    );
    const closed = await matching.approve(admin, closing.matchId, closing.version);
    expect(closed.status).toBe(409);
    expect(closed.body).toMatchObject({
      type: expect.stringContaining('subject-unavailable'),
      needStatus: 'closed',
    });
  });

  it('needs a structured reason to reject (and words for `other`) and keeps both from the parties', async () => {
    const proposal = await matching.proposal();
    const reject = (body: Record<string, unknown>) =>
      matching.post(admin, `/api/v1/admin/matches/${proposal.matchId}/reject`, {
        version: proposal.version,
        ...body,
      });
    const unknown = await reject({ reason: 'Duplicate vendor.' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toEqual([expect.objectContaining({ field: 'reason', rule: 'isIn' })]);
    const otherWithoutWords = await reject({ reason: 'other' });
    expect(otherWithoutWords.status).toBe(400);
    expect(otherWithoutWords.body.errors).toEqual([expect.objectContaining({ field: 'note' })]);
    const blank = await reject({ reason: 'other', note: '   ' });
    expect(blank.body.errors).toEqual([expect.objectContaining({ field: 'note', rule: 'notBlank' })]);
    expect(await matching.statusOf(proposal.matchId)).toBe('proposed');

    const rejected = expectStatus(await reject({ reason: 'duplicate' }), 200);
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      rejectionReason: 'duplicate',
      decisionNote: null,
    });
    const history = await matching.get(admin, `/api/v1/admin/matches/${proposal.matchId}/transitions`);
    expect(history.body.items.at(-1)).toMatchObject({ toStatus: 'rejected', note: 'Rejected (duplicate).' });
    expect((await matching.get(proposal.agency, `/api/v1/matches/${proposal.matchId}`)).status).toBe(404);
  });
});
