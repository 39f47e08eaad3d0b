import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, TestMember, factories } from '../support/factories';
import { NeedsDriver, expectStatus, validNeed } from './support/needs-kit';

describe.each(databaseLegs())('need lifecycle and visibility (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let needs: NeedsDriver;
  let owner: TestMember;
  let admin: TestAdmin;
  let verifiedVendor: TestMember;
  let unverifiedVendor: TestMember;
  let verifiedAgency: TestMember;
  let unverifiedAgency: TestMember;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    needs = new NeedsDriver(app, kit);
    [owner, admin, verifiedVendor, unverifiedVendor, verifiedAgency, unverifiedAgency] = await Promise.all([
      needs.verifiedMember('agency'),
      kit.newAdmin(),
      needs.verifiedMember('vendor'),
      kit.newMember('vendor'),
      needs.verifiedMember('agency'),
      kit.newMember('agency'),
    ]);
  });
  afterAll(() => app.close());

  const changeRows = async (needId: string): Promise<number> =>
    (
      await app.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_message WHERE job_type = 'matching.need-changed' AND payload->>'needId' = $1`,
        [needId],
      )
    )[0].n;
  const statusesFor = async (id: string) => ({
    owner: (await needs.get(owner, id)).status,
    admin: (await needs.get(admin, id)).status,
    verifiedVendor: (await needs.get(verifiedVendor, id)).status,
    unverifiedVendor: (await needs.get(unverifiedVendor, id)).status,
    verifiedAgency: (await needs.get(verifiedAgency, id)).status,
    unverifiedAgency: (await needs.get(unverifiedAgency, id)).status,
    anonymous: (await needs.get(null, id)).status,
  });

  it('only agency members create needs, as drafts of their own organisation', async () => {
    const draft = await needs.create(owner);
    expect(draft).toMatchObject({ status: 'draft', version: 1, organizationId: owner.organizationId });
    for (const [caller, status] of [
      [verifiedVendor, 403],
      [admin, 403],
      [null, 401],
    ] as const) {
      const response = await app.request({
        method: 'POST',
        url: '/api/v1/needs',
        token: caller?.token,
        body: {},
      });
      expect(response.status).toBe(status);
    }
    expect(await changeRows(draft.id)).toBe(0);
  });

  it('shows a draft to its organisation and admins only, an open need also to verified organisations', async () => {
    const draft = await needs.create(owner);
    expect(await statusesFor(draft.id)).toEqual({
      owner: 200,
      admin: 200,
      verifiedVendor: 404,
      unverifiedVendor: 404,
      verifiedAgency: 404,
      unverifiedAgency: 404,
      anonymous: 404,
    });
    const withoutBody = await app.request({
      method: 'POST',
      url: `/api/v1/needs/${draft.id}/open`,
      token: verifiedAgency.token,
    });
    expect(withoutBody.status).toBe(404);
    const opened = expectStatus(await needs.open(owner, draft.id, { version: 1 }), 200).body;
    expect(opened).toMatchObject({ status: 'open', version: 2, openedAt: expect.any(String) });
    expect(await statusesFor(draft.id)).toEqual({
      owner: 200,
      admin: 200,
      verifiedVendor: 200,
      unverifiedVendor: 404,
      verifiedAgency: 200,
      unverifiedAgency: 404,
      anonymous: 404,
    });
    expect(await changeRows(draft.id)).toBe(1);
  });

  it('lets only the owner edit, at the current version; edits of an open need reach the outbox', async () => {
    const draft = await needs.create(owner);
    const edited = expectStatus(
      await needs.patch(owner, draft.id, { version: 1, city: '  Lalitpur ' }),
      200,
    ).body;
    expect(edited).toMatchObject({ city: 'Lalitpur', version: 2 });
    const stale = await needs.patch(owner, draft.id, { version: 1, city: 'Kirtipur' });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ type: 'https://3ipet.org/problems/stale-version', currentVersion: 2 });
    expect((await needs.patch(verifiedAgency, draft.id, { version: 2, city: 'X' })).status).toBe(404);
    expect((await needs.patch(admin, draft.id, { version: 2, city: 'X' })).status).toBe(403);
    expect(await changeRows(draft.id)).toBe(0);

    expectStatus(await needs.open(owner, draft.id), 200);
    expect((await needs.patch(verifiedAgency, draft.id, { version: 3, city: 'X' })).status).toBe(403);
    expectStatus(await needs.patch(owner, draft.id, { version: 3, budgetMaxUsd: 3000000 }), 200);
    expect(await changeRows(draft.id)).toBe(2);
  });

  it('rejects a budget range upside down, also when only one end changes', async () => {
    const created = await app.request({
      method: 'POST',
      url: '/api/v1/needs',
      token: owner.token,
      body: validNeed({ budgetMinUsd: 10, budgetMaxUsd: 5 }),
    });
    expect(created.status).toBe(400);
    expect(created.body.errors).toContainEqual(
      expect.objectContaining({ field: 'budgetMaxUsd', rule: 'notBelow' }),
    );
    const draft = await needs.create(owner, { budgetMinUsd: 100, budgetMaxUsd: 200 });
    const patched = await needs.patch(owner, draft.id, { version: 1, budgetMinUsd: 500 });
    expect(patched.status).toBe(400);
    expect(patched.body.errors).toEqual([
      expect.objectContaining({ field: 'budgetMaxUsd', rule: 'notBelow' }),
    ]);
    const cleared = expectStatus(
      await needs.patch(owner, draft.id, { version: 1, budgetMaxUsd: null, budgetMinUsd: 500 }),
      200,
    );
    expect(cleared.body).toMatchObject({ budgetMinUsd: 500, budgetMaxUsd: null });
    const nulled = await needs.patch(owner, draft.id, { version: 2, title: null });
    expect(nulled.status).toBe(400);
    expect(nulled.body.errors).toEqual([expect.objectContaining({ field: 'title', rule: 'notNull' })]);
  });

  it('opens once, closes as solved or withdrawn with a note, and then stays closed', async () => {
    const need = await needs.opened(owner);
    expect((await needs.open(owner, need.id)).body).toMatchObject({
      status: 409,
      currentStatus: 'open',
      allowedFrom: ['draft'],
    });
    const expiredByHand = await needs.close(owner, need.id, { reason: 'expired' });
    expect(expiredByHand.status).toBe(400);
    expect(expiredByHand.body.errors).toEqual([expect.objectContaining({ field: 'reason', rule: 'isIn' })]);
    expect((await needs.close(verifiedVendor, need.id, { reason: 'solved' })).status).toBe(403);
    expect((await needs.close(verifiedAgency, need.id, { reason: 'solved' })).status).toBe(403);
    const closed = expectStatus(
      await needs.close(owner, need.id, { reason: 'solved', note: ' Zig-zag retrofits. ' }),
      200,
    );
    expect(closed.body).toMatchObject({
      status: 'closed',
      closeReason: 'solved',
      closeNote: 'Zig-zag retrofits.',
    });
    expect((await needs.close(owner, need.id, { reason: 'withdrawn' })).status).toBe(409);
    expect((await needs.patch(owner, need.id, { version: closed.body.version, city: 'X' })).status).toBe(409);
    expect((await needs.get(verifiedVendor, need.id)).status).toBe(200);
    expect(await changeRows(need.id)).toBe(2);
  });

  it('lets an admin withdraw an open need, on the audit record', async () => {
    const need = await needs.opened(owner);
    expectStatus(
      await needs.close(admin, need.id, { reason: 'withdrawn', note: 'Duplicate of an earlier need.' }),
      200,
    );
    const audit = await app.dataSource.query(
      `SELECT action, actor_id FROM audit_entry WHERE target_id = $1`,
      [need.id],
    );
    expect(audit).toEqual([{ action: 'need.closed', actor_id: admin.userId }]);
  });

  it('refuses to open a draft whose deadline has passed', async () => {
    const draft = await needs.create(owner);
    await app.dataSource.query(`UPDATE need SET deadline = now() - interval '1 day' WHERE id = $1`, [
      draft.id,
    ]);
    const response = await needs.open(owner, draft.id);
    expect(response.status).toBe(422);
    expect(response.body).toMatchObject({ type: 'https://3ipet.org/problems/deadline-passed' });
    const pastDeadline = await needs.patch(owner, draft.id, { version: 1, deadline: '2020-01-01' });
    expect(pastDeadline.body.errors).toEqual([
      expect.objectContaining({ field: 'deadline', rule: 'isFutureDeadline' }),
    ]);
  });

  it('lists the own organisation’s needs (admins: all), filtered by status and country', async () => {
    const lister = await needs.verifiedMember('agency');
    const draft = await needs.create(lister, { country: 'LK', city: 'Colombo' });
    const open = await needs.opened(lister, { country: 'NP' });
    const mine = expectStatus(await needs.list(lister), 200).body;
    expect(mine).toMatchObject({ total: 2, page: 1, limit: 20 });
    expect(mine.items.map((n: { id: string }) => n.id).sort()).toEqual([draft.id, open.id].sort());
    expect(
      expectStatus(await needs.list(lister, 'status=open'), 200).body.items.map((n: { id: string }) => n.id),
    ).toEqual([open.id]);
    expect(
      expectStatus(await needs.list(lister, 'country=LK'), 200).body.items.map((n: { id: string }) => n.id),
    ).toEqual([draft.id]);
    expect(
      expectStatus(await needs.list(verifiedAgency, 'status=draft'), 200).body.items.map(
        (n: { id: string }) => n.id,
      ),
    ).not.toContain(draft.id);
    const all = expectStatus(await needs.list(admin, 'limit=100'), 200).body;
    expect(all.total).toBeGreaterThanOrEqual(mine.total + 5);
    expect((await needs.list(verifiedVendor)).status).toBe(403);
    expect((await needs.list(null)).status).toBe(401);
    expect((await needs.list(lister, 'status=archived')).body.errors).toEqual([
      expect.objectContaining({ field: 'status' }),
    ]);
    expect((await needs.list(lister, 'limit=101')).status).toBe(400);
  });

  it('answers 400 naming the id for a malformed id, 404 for an unknown one', async () => {
    const malformed = await needs.get(owner, 'not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'id', rule: 'isUuid' })]);
    expect((await needs.get(owner, '2f858b42-24c7-4d72-8ef9-1547e6c37b5f')).status).toBe(404);
  });
});
