import { TestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAccount, factories } from '../support/factories';
import { bootTestApp } from '../support/app';

describe.each(databaseLegs())('user administration and audit (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
  });
  afterAll(() => app.close());

  const update = (userId: string, body: unknown, caller: TestAccount) =>
    app.request({ method: 'PATCH', url: `/api/v1/admin/users/${userId}`, body, token: caller.token });
  const auditOf = async (admin: TestAccount, query: string) =>
    (await app.request({ method: 'GET', url: `/api/v1/admin/audit?${query}`, token: admin.token })).body;

  it('lists users with filters', async () => {
    const admin = await kit.newAdmin();
    const agency = await kit.newMember('agency');
    await kit.newMember('agency', { organizationId: agency.organizationId, status: 'disabled' });
    const page = await app.request({
      method: 'GET',
      url: `/api/v1/admin/users?organizationId=${agency.organizationId}&status=active`,
      token: admin.token,
    });
    expect(page.status).toBe(200);
    expect(page.body.items.map((user: { id: string }) => user.id)).toEqual([agency.userId]);
    expect(page.body.items[0].passwordHash).toBeUndefined();
    const byEmail = await app.request({
      method: 'GET',
      url: `/api/v1/admin/users?email=${encodeURIComponent(agency.email.toUpperCase())}`,
      token: admin.token,
    });
    expect(byEmail.body.total).toBe(1);
    const local = agency.email.split('@')[0];
    const bySearch = await app.request({
      method: 'GET',
      url: `/api/v1/admin/users?q=${encodeURIComponent(local.slice(2).toUpperCase())}`,
      token: admin.token,
    });
    expect(bySearch.body.items.map((user: { id: string }) => user.id)).toEqual([agency.userId]);
    const wildcard = await app.request({
      method: 'GET',
      url: '/api/v1/admin/users?q=%25',
      token: admin.token,
    });
    expect(wildcard.body.total).toBe(0);
  });

  it('disables and enables a user, recording both with before and after', async () => {
    const admin = await kit.newAdmin();
    const vendor = await kit.newMember('vendor');
    expect((await update(vendor.userId, { status: 'disabled' }, admin)).body.status).toBe('disabled');
    expect((await update(vendor.userId, { status: 'disabled' }, admin)).status).toBe(200);
    expect((await update(vendor.userId, { status: 'active' }, admin)).body.status).toBe('active');
    const audit = await auditOf(admin, `targetType=user&targetId=${vendor.userId}`);
    expect(audit.items).toEqual([
      expect.objectContaining({
        action: 'user.enabled',
        before: { status: 'disabled' },
        after: { status: 'active' },
      }),
      expect.objectContaining({
        action: 'user.disabled',
        before: { status: 'active' },
        after: { status: 'disabled' },
      }),
    ]);
    expect(audit.items[0].actorId).toBe(admin.userId);
  });

  it('changes roles only consistently with the organisation kind, and audits it', async () => {
    const admin = await kit.newAdmin();
    const vendor = await kit.newMember('vendor');
    const mismatch = await update(vendor.userId, { role: 'agency' }, admin);
    expect(mismatch.status).toBe(422);
    expect(mismatch.body.type).toMatch(/role-organization-mismatch$/);

    expect((await update(vendor.userId, { role: 'admin' }, admin)).body.role).toBe('admin');
    // The promotion applies to the very next request made with the token issued before it.
    const users = await app.request({ method: 'GET', url: '/api/v1/admin/users', token: vendor.token });
    expect(users.status).toBe(200);
    expect((await update(vendor.userId, { role: 'vendor' }, admin)).body.role).toBe('vendor');
    const actions = (await auditOf(admin, `targetId=${vendor.userId}`)).items.map(
      (e: { action: string }) => e.action,
    );
    expect(actions).toEqual(['user.role-changed', 'user.role-changed']);
  });

  it('keeps admins from locking themselves out', async () => {
    const admin = await kit.newAdmin();
    expect((await update(admin.userId, { status: 'disabled' }, admin)).status).toBe(422);
    expect((await update(admin.userId, { role: 'vendor' }, admin)).status).toBe(422);
  });

  it('answers 404 for an unknown user and 400 naming fields for bad input', async () => {
    const admin = await kit.newAdmin();
    expect((await update('0b7c3f3e-8a8e-4d47-9c39-2d7f9f3a1b11', { status: 'active' }, admin)).status).toBe(
      404,
    );
    const bad = await update(admin.userId, { status: 'banned', role: null, email: 'x@y.z' }, admin);
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`)).toEqual(
      expect.arrayContaining(['status:isIn', 'role:isIn', 'email:whitelistValidation']),
    );
  });

  it('filters the audit log and keeps it from non-admins', async () => {
    const admin = await kit.newAdmin();
    const agency = await kit.newMember('agency');
    await update(agency.userId, { status: 'disabled' }, admin);
    expect((await auditOf(admin, `actorId=${admin.userId}&targetType=user`)).total).toBe(1);
    expect((await auditOf(admin, `actorId=${admin.userId}&targetType=organization`)).total).toBe(0);
    // Names people can read, not id fragments.
    const [entry] = (await auditOf(admin, `actorId=${admin.userId}&targetType=user`)).items;
    expect(entry.actorName).toContain(admin.email);
    expect(entry.targetName).toContain(agency.email);
    const invalid = await app.request({
      method: 'GET',
      url: '/api/v1/admin/audit?actorId=me',
      token: admin.token,
    });
    expect(invalid.status).toBe(400);
    const vendor = await kit.newMember('vendor');
    expect(
      (await app.request({ method: 'GET', url: '/api/v1/admin/audit', token: vendor.token })).status,
    ).toBe(403);
    expect((await app.request({ method: 'GET', url: '/api/v1/admin/audit' })).status).toBe(401);
  });
});
