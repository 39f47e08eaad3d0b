import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, factories } from '../support/factories';
import { ProjectsKit, expectStatus } from './support/projects-kit';

describe.each(databaseLegs())('project pipeline (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let projects: ProjectsKit;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    projects = new ProjectsKit(app, kit);
    admin = await kit.newAdmin();
  });
  afterAll(() => app.close());

  it('opens a project when a match connects, visible to both sides and curators only', async () => {
    const { projectId, matchId, agency, vendor } = await projects.connected(admin);
    const asAgency = expectStatus(await projects.get(agency, `/api/v1/projects/${projectId}`), 200).body;
    expect(asAgency).toMatchObject({ matchId, stage: 'connected', side: 'need', pendingMove: null });
    expect(asAgency.moves).toEqual([
      expect.objectContaining({ kind: 'open', fromStage: null, toStage: 'connected', status: 'confirmed' }),
    ]);
    expect((await projects.get(vendor, `/api/v1/projects/${projectId}`)).body.side).toBe('vendor');
    expect((await projects.get(admin, `/api/v1/projects/${projectId}`)).body.side).toBe('curator');
    const stranger = await kit.newMember('vendor');
    expect((await projects.get(stranger, `/api/v1/projects/${projectId}`)).status).toBe(404);
    expect((await projects.get(stranger, '/api/v1/projects')).body.total).toBe(0);
    const mine = (await projects.get(vendor, '/api/v1/projects')).body;
    expect(mine.items.map((p: { id: string }) => p.id)).toEqual([projectId]);
  });

  it('moves only when the other side or a curator confirms; records and audits every move', async () => {
    const { projectId, agency, vendor } = await projects.connected(admin);
    const proposed = expectStatus(
      await projects.propose(vendor, projectId, {
        toStage: 'meeting-held',
        note: 'Site visit in Bhaktapur.',
      }),
      201,
    ).body;
    expect(proposed).toMatchObject({
      stage: 'connected',
      pendingMove: { toStage: 'meeting-held', proposedBy: 'vendor' },
    });
    const moveId = proposed.pendingMove.id;
    expect((await projects.confirm(vendor, projectId, moveId)).status).toBe(403);
    const confirmed = expectStatus(await projects.confirm(agency, projectId, moveId), 200).body;
    expect(confirmed).toMatchObject({ stage: 'meeting-held', pendingMove: null });
    expect(confirmed.moves[1]).toMatchObject({
      status: 'confirmed',
      proposedBy: 'vendor',
      confirmedBy: 'need',
    });
    expect((await projects.confirm(agency, projectId, moveId)).status).toBe(409);

    const byCurator = await projects.move(agency, admin, projectId, { toStage: 'proposal' });
    expect(byCurator).toMatchObject({ stage: 'proposal' });
    expect(byCurator.moves.at(-1)).toMatchObject({ proposedBy: 'need', confirmedBy: 'curator' });

    const audit: { action: string; actor_id: string }[] = await app.dataSource.query(
      `SELECT action, actor_id FROM audit_entry WHERE target_type = 'project' AND target_id = $1 ORDER BY id`,
      [projectId],
    );
    expect(audit.map((a) => a.action)).toEqual([
      'project.move-proposed',
      'project.moved',
      'project.move-proposed',
      'project.moved',
    ]);
    expect(audit[1].actor_id).toBe(agency.userId);
    expect(audit[3].actor_id).toBe(admin.userId);
  });

  it('tells the other side a move waits for it', async () => {
    const { projectId, agency, vendor } = await projects.connected(admin);
    await projects.propose(agency, projectId, { toStage: 'meeting-held' });
    await app.settle();
    const kinds = async (token: string) =>
      (await app.request({ method: 'GET', url: '/api/v1/notifications', token })).body.items.map(
        (n: { kind: string }) => n.kind,
      );
    expect(await kinds(vendor.token)).toContain('project.move-proposed');
    expect(await kinds(agency.token)).not.toContain('project.move-proposed');
  });

  it('records a contract and a deployment, and refuses them on the wrong stage naming the field', async () => {
    const { projectId, agency, vendor } = await projects.connected(admin);
    const missing = await projects.propose(vendor, projectId, { toStage: 'contract-signed' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toContainEqual(
      expect.objectContaining({ field: 'contract', rule: 'required' }),
    );
    const misplaced = await projects.propose(vendor, projectId, {
      toStage: 'pilot',
      contract: { valueUsd: 1, financing: 'grant' },
    });
    expect(misplaced.body.errors).toContainEqual(
      expect.objectContaining({ field: 'contract', rule: 'notAllowed' }),
    );
    const badFinancing = await projects.propose(vendor, projectId, {
      toStage: 'contract-signed',
      contract: { valueUsd: 1000, financing: 'lottery' },
    });
    expect(badFinancing.status).toBe(400);
    expect(badFinancing.body.errors[0].field).toBe('contract.financing');
    const future = await projects.propose(vendor, projectId, { toStage: 'pilot', date: '2999-01-01' });
    expect(future.body.errors).toContainEqual(
      expect.objectContaining({ field: 'date', rule: 'notInFuture' }),
    );

    const signed = await projects.move(vendor, agency, projectId, {
      toStage: 'contract-signed',
      date: '2026-06-01',
      contract: { valueUsd: 240000.5, financing: 'green-finance' },
    });
    expect(signed.contract).toEqual({
      valueUsd: 240000.5,
      financing: 'green-finance',
      signedOn: '2026-06-01',
    });
    const deployed = await projects.move(agency, vendor, projectId, {
      toStage: 'deployed',
      date: '2026-08-15',
      deployment: { country: 'NP', city: 'Bhaktapur', site: 'Tathali kiln cluster', units: 12 },
    });
    expect(deployed.deployments).toEqual([
      expect.objectContaining({ country: 'NP', city: 'Bhaktapur', units: 12, deployedOn: '2026-08-15' }),
    ]);
    const early = await projects.propose(vendor, projectId, { toStage: 'results-measured' });
    expect(early.status).toBe(409);
    expect(early.body.type).toMatch(/results-missing$/);
  });

  it('pauses and ends at once, resumes with confirmation, and never moves an ended project', async () => {
    const { projectId, agency, vendor } = await projects.connected(admin);
    await projects.move(vendor, agency, projectId, { toStage: 'pilot' });
    const paused = expectStatus(await projects.propose(agency, projectId, { toStage: 'paused' }), 201).body;
    expect(paused).toMatchObject({ stage: 'paused', pausedFromStage: 'pilot', pendingMove: null });
    expect((await projects.propose(vendor, projectId, { toStage: 'deployed' })).status).toBe(409);
    const resumed = await projects.move(vendor, agency, projectId, { toStage: 'pilot' });
    expect(resumed).toMatchObject({ stage: 'pilot', pausedFromStage: null });
    expect((await projects.propose(vendor, projectId, { toStage: 'proposal' })).status).toBe(409);

    const noReason = await projects.propose(admin, projectId, { toStage: 'ended' });
    expect(noReason.body.errors).toContainEqual(
      expect.objectContaining({ field: 'endReason', rule: 'required' }),
    );
    const ended = expectStatus(
      await projects.propose(admin, projectId, { toStage: 'ended', endReason: 'financing' }),
      201,
    ).body;
    expect(ended).toMatchObject({ stage: 'ended', endReason: 'financing' });
    expect((await projects.propose(vendor, projectId, { toStage: 'paused' })).status).toBe(409);
    expect((await projects.propose(admin, projectId, { toStage: 'deployed' })).status).toBe(409);
  });

  it('does not let a curator propose an advance', async () => {
    const { projectId } = await projects.connected(admin);
    expect((await projects.propose(admin, projectId, { toStage: 'meeting-held' })).status).toBe(403);
  });

  it('supersedes an unconfirmed proposal with a newer one', async () => {
    const { projectId, agency, vendor } = await projects.connected(admin);
    const first = expectStatus(
      await projects.propose(vendor, projectId, { toStage: 'meeting-held' }),
      201,
    ).body;
    const second = expectStatus(await projects.propose(agency, projectId, { toStage: 'proposal' }), 201).body;
    expect(second.pendingMove.toStage).toBe('proposal');
    const stale = await projects.confirm(agency, projectId, first.pendingMove.id);
    expect(stale.status).toBe(409);
    expect(stale.body.moveStatus).toBe('superseded');
  });

  it('lets exactly one of two simultaneous confirmations win; the other gets 409', async () => {
    const { projectId, agency } = await projects.connected(admin);
    const proposed = expectStatus(
      await projects.propose(agency, projectId, { toStage: 'meeting-held' }),
      201,
    ).body;
    const secondCurator = await kit.newAdmin();
    const answers = await Promise.all([
      projects.confirm(admin, projectId, proposed.pendingMove.id),
      projects.confirm(secondCurator, projectId, proposed.pendingMove.id),
    ]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const [{ count }]: { count: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_entry WHERE target_id = $1 AND action = 'project.moved'`,
      [projectId],
    );
    expect(count).toBe(1);
    expect((await projects.get(admin, `/api/v1/projects/${projectId}`)).body.version).toBe(2);
  });

  it('answers 400 naming the field for bad ids, stages and filters', async () => {
    const { projectId, vendor } = await projects.connected(admin);
    const badStage = await projects.propose(vendor, projectId, { toStage: 'launched' });
    expect(badStage.body.errors[0]).toMatchObject({ field: 'toStage' });
    const badDate = await projects.propose(vendor, projectId, { toStage: 'pilot', date: '2026-02-30' });
    expect(badDate.body.errors[0]).toMatchObject({ field: 'date' });
    expect((await projects.get(vendor, '/api/v1/projects/not-a-uuid')).body.errors[0].field).toBe('id');
    expect((await projects.get(vendor, '/api/v1/projects?stalled=maybe')).body.errors[0].field).toBe(
      'stalled',
    );
  });
});
