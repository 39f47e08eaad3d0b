import { TestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAccount, factories } from '../support/factories';
import { bootTestApp } from '../support/app';

describe.each(databaseLegs())('registration and invitations (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
  });
  afterAll(() => app.close());

  const count = async (table: string) =>
    (await app.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const invite = (organizationId: string, email: string, caller: TestAccount) =>
    app.request({
      method: 'POST',
      url: `/api/v1/organizations/${organizationId}/invitations`,
      token: caller.token,
      body: { email },
    });
  const accept = (token: string, displayName = 'New Colleague') =>
    app.request({
      method: 'POST',
      url: '/api/v1/auth/accept-invitation',
      body: { token, displayName, password: 'colleague-password' },
    });

  it('registers a vendor with its organisation, signed in; the role follows the kind', async () => {
    const response = await app.request({
      method: 'POST',
      url: '/api/v1/auth/register',
      body: {
        email: 'Li.Wei@Example.cn',
        password: 'a-long-password',
        displayName: '李伟',
        locale: 'zh',
        organization: {
          kind: 'vendor',
          name: 'Hangzhou ESP Works',
          country: 'CN',
          city: 'Hangzhou',
          sectors: ['industry.cement'],
          languages: ['zh', 'en'],
        },
      },
    });
    expect(response.status).toBe(201);
    expect(response.body.user).toMatchObject({
      role: 'vendor',
      locale: 'zh',
      displayName: '李伟',
      status: 'active',
    });
    const me = await app.request({ method: 'GET', url: '/api/v1/me', token: response.body.accessToken });
    expect(me.body.organization).toMatchObject({
      kind: 'vendor',
      name: 'Hangzhou ESP Works',
      verified: false,
    });
  });

  it('refuses a second account with the same email in any letter case, creating nothing', async () => {
    const member = await kit.newMember('agency');
    const [users, organizations] = [await count('app_user'), await count('organization')];
    const response = await app.request({
      method: 'POST',
      url: '/api/v1/auth/register',
      body: {
        email: member.email.toUpperCase(),
        password: 'a-long-password',
        displayName: 'Copycat',
        organization: { kind: 'agency', name: 'Copy Agency', country: 'NP', city: 'Pokhara' },
      },
    });
    expect(response.status).toBe(409);
    expect(response.body.type).toMatch(/email-taken$/);
    expect([await count('app_user'), await count('organization')]).toEqual([users, organizations]);
  });

  it('never self-registers an admin', async () => {
    const response = await app.request({
      method: 'POST',
      url: '/api/v1/auth/register',
      body: {
        email: 'would-be-admin@example.org',
        password: 'a-long-password',
        displayName: 'Mallory',
        role: 'admin',
        organization: { kind: 'admin', name: 'Admins', country: 'NP', city: 'Kathmandu' },
      },
    });
    expect(response.status).toBe(400);
    expect(response.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'role', rule: 'whitelistValidation' }),
        expect.objectContaining({ field: 'organization.kind', rule: 'isIn' }),
      ]),
    );
  });

  it('lets a member invite a colleague who joins the same organisation with its kind as role', async () => {
    const agency = await kit.newMember('agency');
    const invitation = await invite(agency.organizationId, 'colleague@example.np', agency);
    expect(invitation.status).toBe(201);
    expect(invitation.body).toMatchObject({ email: 'colleague@example.np', token: expect.any(String) });
    const days = (Date.parse(invitation.body.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const [stored] = await app.dataSource.query(`SELECT token_hash FROM invitation WHERE id = $1`, [
      invitation.body.id,
    ]);
    expect(stored.token_hash).not.toContain(invitation.body.token);

    const accepted = await accept(invitation.body.token);
    expect(accepted.status).toBe(201);
    expect(accepted.body.user).toMatchObject({
      email: 'colleague@example.np',
      role: 'agency',
      organizationId: agency.organizationId,
    });
    const again = await accept(invitation.body.token, 'Second Try');
    expect(again.status).toBe(404);
  });

  it('refuses an expired invitation, an unknown token and an email that already has an account', async () => {
    const vendor = await kit.newMember('vendor');
    const invitation = await invite(vendor.organizationId, 'late@example.cn', vendor);
    await app.dataSource.query(
      `UPDATE invitation SET expires_at = now() - interval '1 minute' WHERE id = $1`,
      [invitation.body.id],
    );
    expect((await accept(invitation.body.token)).status).toBe(404);
    expect((await accept('x'.repeat(43))).status).toBe(404);
    expect((await invite(vendor.organizationId, vendor.email, vendor)).status).toBe(409);
  });

  it('hides other organisations from inviters, and audits invitations made by admins', async () => {
    const vendor = await kit.newMember('vendor');
    const other = await kit.newMember('vendor');
    expect((await invite(other.organizationId, 'spy@example.org', vendor)).status).toBe(404);
    const admin = await kit.newAdmin();
    expect((await invite(other.organizationId, 'helper@example.org', admin)).status).toBe(201);
    const audit = await app.request({
      method: 'GET',
      url: `/api/v1/admin/audit?actorId=${admin.userId}`,
      token: admin.token,
    });
    expect(audit.body.items).toEqual([
      expect.objectContaining({ action: 'invitation.created', targetId: other.organizationId }),
    ]);
  });
});
