import { type TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { type Factories, type TestMember, factories } from '../support/factories';
import { waitFor } from '../notifications/support/tally';

describe.each(databaseLegs())('organisation verification decisions (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let adminToken: string;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    adminToken = (await kit.newAdmin()).token;
  });
  afterAll(() => app.close());

  const decide = (id: string, action: string, body: unknown = {}, token = adminToken) =>
    app.request({ method: 'POST', url: `/api/v1/organizations/${id}/${action}`, body, token });
  const noticesOf = async (member: TestMember) => {
    await app.settle();
    const inbox = await app.request({ method: 'GET', url: '/api/v1/notifications', token: member.token });
    return (inbox.body.items as { kind: string; payload: Record<string, unknown> }[]).filter(
      (item) => item.kind === 'organization.verification',
    );
  };
  const waitForNotices = async (member: TestMember, count: number) => {
    let notices: Awaited<ReturnType<typeof noticesOf>> = [];
    await waitFor(`${count} verification notices`, async () => {
      notices = await noticesOf(member);
      return notices.length >= count;
    });
    return notices;
  };

  it('rejects with a reason, then verifies, then withdraws with a reason; the organisation is told each time', async () => {
    const agency = await kit.newMember('agency');
    const id = agency.organizationId;

    const rejected = await decide(id, 'reject', { reason: '  The website does not name the agency.  ' });
    expect(rejected.status).toBe(200);
    expect(rejected.body).toMatchObject({
      verified: false,
      verification: {
        status: 'rejected',
        decision: 'rejected',
        reason: 'The website does not name the agency.',
        decidedAt: expect.any(String),
        decidedBy: expect.any(String),
      },
    });
    const rejectedList = await app.request({
      method: 'GET',
      url: '/api/v1/organizations?verificationStatus=rejected&limit=100',
      token: adminToken,
    });
    expect(rejectedList.body.items.map((org: { id: string }) => org.id)).toContain(id);
    expect(rejectedList.body.items.find((org: { id: string }) => org.id === id).verification).toMatchObject({
      decidedByName: expect.any(String),
    });

    const verified = await decide(id, 'verify', {});
    expect(verified.body).toMatchObject({
      verified: true,
      verification: { status: 'verified', decision: 'verified', reason: null },
    });
    expect((await decide(id, 'verify', {})).status).toBe(200);

    const withdrawn = await decide(id, 'withdraw-verification', { reason: 'The registration lapsed.' });
    expect(withdrawn.body).toMatchObject({
      verified: false,
      verifiedAt: null,
      verification: { status: 'pending', decision: 'withdrawn', reason: 'The registration lapsed.' },
    });

    const own = await app.request({ method: 'GET', url: `/api/v1/organizations/${id}`, token: agency.token });
    expect(own.body.verification).toEqual({
      status: 'pending',
      decision: 'withdrawn',
      reason: 'The registration lapsed.',
      decidedAt: expect.any(String),
    });
    const anonymous = await app.request({ method: 'GET', url: `/api/v1/organizations/${id}` });
    expect(anonymous.body.verification).toBeUndefined();

    const notices = await waitForNotices(agency, 3);
    expect(notices.map((notice) => notice.payload)).toEqual([
      { organizationId: id, decision: 'withdrawn', reason: 'The registration lapsed.' },
      { organizationId: id, decision: 'verified', reason: null },
      { organizationId: id, decision: 'rejected', reason: 'The website does not name the agency.' },
    ]);

    const audit = await app.request({
      method: 'GET',
      url: `/api/v1/admin/audit?targetId=${id}`,
      token: adminToken,
    });
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'organization.unverified',
      'organization.verified',
      'organization.verification-rejected',
    ]);
    expect(audit.body.items[0].after).toMatchObject({
      status: 'pending',
      reason: 'The registration lapsed.',
    });
  });

  it('answers 400 naming the reason when it is missing or blank', async () => {
    const vendor = await kit.newMember('vendor');
    for (const [action, body] of [
      ['reject', {}],
      ['reject', { reason: '   ' }],
      ['withdraw-verification', {}],
      ['verify', { verified: false }],
    ] as const) {
      const response = await decide(vendor.organizationId, action, body);
      expect([action, response.status]).toEqual([action, 400]);
      expect(response.body.errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'reason' })]),
      );
    }
    const row = await app.dataSource.query(`SELECT verification_status FROM organization WHERE id = $1`, [
      vendor.organizationId,
    ]);
    expect(row).toEqual([{ verification_status: 'pending' }]);
  });

  it('answers 409 for a decision the current status does not allow (a stale page)', async () => {
    const agency = await kit.newMember('agency');
    const id = agency.organizationId;
    const notVerified = await decide(id, 'withdraw-verification', { reason: 'Stale page.' });
    expect(notVerified.status).toBe(409);
    expect(notVerified.body).toMatchObject({ status: 409, verificationStatus: 'pending' });
    await decide(id, 'verify');
    const verifiedMeanwhile = await decide(id, 'reject', { reason: 'Stale page.' });
    expect(verifiedMeanwhile.status).toBe(409);
    expect(verifiedMeanwhile.body.detail).toContain('withdraw');
    await decide(id, 'withdraw-verification', { reason: 'Checked again.' });
    await decide(id, 'reject', { reason: 'Not an agency.' });
    expect((await decide(id, 'reject', { reason: 'Twice.' })).status).toBe(409);
  });

  it('lets only admins decide: 401 without a token, 403 for members', async () => {
    const vendor = await kit.newMember('vendor');
    for (const action of ['verify', 'reject', 'withdraw-verification']) {
      const body = { reason: 'Because I say so.' };
      expect((await decide(vendor.organizationId, action, body, vendor.token)).status).toBe(403);
      const anonymous = await app.request({
        method: 'POST',
        url: `/api/v1/organizations/${vendor.organizationId}/${action}`,
        body,
      });
      expect(anonymous.status).toBe(401);
    }
    expect(await noticesOf(vendor)).toEqual([]);
  });
});
