import { Technology } from '@3ipet/catalog';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, factories } from '../support/factories';
import { MatchingKit, expectStatus } from './support/matching-kit';

interface MatchRow {
  status: string;
  score: number;
  version: number;
  components: { name: string; sentence: string }[];
}

describe.each(databaseLegs())('recomputing proposals (%s)', (leg) => {
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

  const rowOf = async (matchId: string): Promise<MatchRow> =>
    (
      await app.dataSource.query(`SELECT status, score, version, components FROM match WHERE id = $1`, [
        matchId,
      ])
    )[0];
  const changeListing = (id: string, changes: Partial<Technology>) =>
    kit.dataSource.getRepository(Technology).update(id, changes);
  const sentence = (row: MatchRow, name: string) => row.components.find((c) => c.name === name)?.sentence;

  it('recomputes every open need when a curator asks, on the queue', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    const technology = await matching.listing(vendor.organizationId);
    const open = await matching.need(agency.organizationId);
    const closed = await matching.need(agency.organizationId, {
      status: 'closed',
      closeReason: 'solved',
      closedAt: new Date(),
    });
    const proposals = (needId: string) =>
      app.dataSource.query(`SELECT status FROM match WHERE need_id = $1 AND technology_id = $2`, [
        needId,
        technology.id,
      ]);
    expect(await proposals(open.id)).toEqual([]);

    const vendorTry = await matching.post(vendor, '/api/v1/admin/matches/recompute', {});
    expect(vendorTry.status).toBe(403);
    const asked = await matching.post(admin, '/api/v1/admin/matches/recompute', {});
    expect(asked.status).toBe(202);
    expect(asked.body).toMatchObject({ status: 'queued', needsTotal: null, needsDone: 0, finishedAt: null });
    expect(asked.headers.location).toBe(`/api/v1/admin/matches/recompute/${asked.body.id}`);
    await app.settle();

    expect(await proposals(open.id)).toEqual([{ status: 'proposed' }]);
    expect(await proposals(closed.id)).toEqual([]);
    const openNeeds = Number(
      (await app.dataSource.query(`SELECT count(*) AS n FROM need WHERE status = 'open'`))[0].n,
    );
    const run = expectStatus(await matching.get(admin, asked.headers.location as string), 200).body;
    expect(run).toMatchObject({
      id: asked.body.id,
      status: 'done',
      needsTotal: openNeeds,
      needsDone: openNeeds,
    });
    expect(Date.parse(run.finishedAt)).toBeGreaterThanOrEqual(Date.parse(run.startedAt));
    expect((await matching.get(vendor, asked.headers.location as string)).status).toBe(403);
    const unknown = '/api/v1/admin/matches/recompute/00000000-0000-4000-8000-000000000000';
    expect((await matching.get(admin, unknown)).status).toBe(404);
  });

  it('updates the score and reasons of a proposal that still qualifies, from either side', async () => {
    const proposal = await matching.proposal();
    await changeListing(proposal.technology.id, { deploymentCountries: ['IN'], referenceProjects: [] });
    await matching.recomputeTechnology(proposal.technology.id);
    const rescored = await rowOf(proposal.matchId);
    expect(rescored).toMatchObject({ status: 'proposed', version: 2 });
    expect(sentence(rescored, 'geography')).toBe(
      'Stated as supplied to Nepal, not yet deployed there; a deployment in Nepal would score full.',
    );
    await matching.recomputeNeed(proposal.need.id);
    expect(await rowOf(proposal.matchId)).toMatchObject({ version: 2, score: rescored.score });
  });

  it('never brings back a rejected match, and leaves an introduced one as the parties saw it', async () => {
    const rejected = await matching.proposal();
    expectStatus(await matching.reject(admin, rejected.matchId, rejected.version), 200);
    const introduced = await matching.introduced(admin);
    const before = await rowOf(introduced.matchId);
    for (const fixture of [rejected, introduced]) {
      await changeListing(fixture.technology.id, {
        title: 'Zig-zag kiln conversion, second generation',
        trl: 8,
      });
      await matching.recomputeTechnology(fixture.technology.id);
      await matching.recomputeNeed(fixture.need.id);
    }
    expect(await rowOf(rejected.matchId)).toMatchObject({ status: 'rejected', version: 2 });
    expect(await rowOf(introduced.matchId)).toEqual(before);
  });

  it('withdraws a proposal that no longer qualifies, saying why, and proposes it again once it does', async () => {
    const proposal = await matching.proposal();
    await changeListing(proposal.technology.id, { trl: 5 });
    expect(await matching.recomputeTechnology(proposal.technology.id)).toMatchObject({ withdrawn: 1 });
    expect(await rowOf(proposal.matchId)).toMatchObject({ status: 'withdrawn' });
    await changeListing(proposal.technology.id, { trl: 9 });
    expect(await matching.recomputeTechnology(proposal.technology.id)).toMatchObject({ reproposed: 1 });
    const history = (await matching.get(admin, `/api/v1/admin/matches/${proposal.matchId}/transitions`)).body
      .items;
    expect(history.map((t: { toStatus: string; note: string }) => [t.toStatus, t.note])).toEqual([
      ['proposed', expect.stringContaining('Proposed automatically')],
      ['withdrawn', 'TRL 5 is below the minimum TRL 7 of the need.'],
      ['proposed', expect.stringContaining('Qualifies again')],
    ]);
  });

  it('withdraws every proposal of a need that closed, and of a listing taken offline', async () => {
    const closing = await matching.proposal();
    await app.dataSource.query(
      `UPDATE need SET status = 'closed', close_reason = 'withdrawn', closed_at = now() WHERE id = $1`,
      [closing.need.id],
    );
    await matching.recomputeNeed(closing.need.id);
    expect(await rowOf(closing.matchId)).toMatchObject({ status: 'withdrawn' });

    const archived = await matching.proposal();
    await changeListing(archived.technology.id, { status: 'archived' });
    await matching.recomputeTechnology(archived.technology.id);
    expect(await rowOf(archived.matchId)).toMatchObject({ status: 'withdrawn' });
  });

  it('adds a match by hand, scored, even one the hard rules exclude, with the reason shown', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    const immature = await matching.listing(vendor.organizationId, { trl: 4 });
    const need = await matching.need(agency.organizationId, { minTrl: 7 });
    await matching.recomputeNeed(need.id);
    const proposed = await matching.get(
      admin,
      `/api/v1/admin/matches?needId=${need.id}&technologyId=${immature.id}`,
    );
    expect(proposed.body.total).toBe(0);

    const added = await matching.post(admin, '/api/v1/admin/matches', {
      needId: need.id,
      technologyId: immature.id,
      note: 'Pilot-scale is what they want.',
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      status: 'proposed',
      origin: 'manual',
      exclusionReason: 'TRL 4 is below the minimum TRL 7 of the need.',
    });
    expect(added.body.score).toBeGreaterThan(0);
    await matching.recomputeNeed(need.id);
    expect((await rowOf(added.body.id)).status).toBe('proposed');

    const duplicate = await matching.post(admin, '/api/v1/admin/matches', {
      needId: need.id,
      technologyId: immature.id,
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({
      type: expect.stringContaining('match-exists'),
      matchId: added.body.id,
    });
  });

  it('refuses a manual match of a need that is not open or a listing that is not published, naming the field', async () => {
    const vendor = await kit.newMember('vendor');
    const agency = await kit.newMember('agency');
    const draft = await matching.listing(vendor.organizationId, { status: 'draft' });
    const need = await matching.need(agency.organizationId, { status: 'draft', openedAt: null });
    const response = await matching.post(admin, '/api/v1/admin/matches', {
      needId: need.id,
      technologyId: draft.id,
    });
    expect(response.status).toBe(422);
    expect(response.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`)).toEqual([
      'needId:isOpenNeed',
      'technologyId:isPublishedListing',
    ]);
    const malformed = await matching.post(admin, '/api/v1/admin/matches', {
      needId: 'x',
      technologyId: draft.id,
      extra: 1,
    });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'needId']);
  });
});
