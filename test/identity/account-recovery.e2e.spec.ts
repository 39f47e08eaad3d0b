import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { FACTORY_PASSWORD, Factories, factories } from '../support/factories';
import { mailsTo, tokenMailedTo } from './support/mailbox';

describe.each(databaseLegs())('password reset, password and e-mail changes (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;

  beforeAll(async () => {
    app = await bootTestApp(leg, { AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    kit = await factories(app);
  });
  afterAll(() => app.close());

  const login = (email: string, password: string) =>
    app.request({ method: 'POST', url: '/api/v1/auth/login', body: { email, password } });
  const me = (token: string) => app.request({ method: 'GET', url: '/api/v1/me', token });
  const requestReset = (email: string) =>
    app.request({ method: 'POST', url: '/api/v1/auth/password-reset/request', body: { email } });
  const reset = (token: string, password: string) =>
    app.request({ method: 'POST', url: '/api/v1/auth/password-reset', body: { token, password } });
  const auditActions = async (targetId: string) =>
    (
      (await app.dataSource.query(`SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY id`, [
        targetId,
      ])) as { action: string }[]
    ).map((row) => row.action);

  it('answers 202 alike for a known and an unknown address; only the known one gets an e-mail', async () => {
    const member = await kit.newMember('vendor');
    const known = await requestReset(member.email);
    const unknown = await requestReset('nobody-here@example.org');
    expect([known.status, unknown.status]).toEqual([202, 202]);
    expect(unknown.body).toEqual(known.body);
    await app.settle();
    expect(mailsTo(app, member.email)).toHaveLength(1);
    expect(mailsTo(app, 'nobody-here@example.org')).toHaveLength(0);
    const [{ hashes }] = await app.dataSource.query(
      `SELECT count(token_hash)::int AS hashes FROM account_token WHERE user_id = $1`,
      [member.userId],
    );
    expect(hashes).toBe(1);
  });

  it('resets once with the e-mailed link, ends every session, and the old password stops working', async () => {
    const member = await kit.newMember('agency');
    expect((await me(member.token)).status).toBe(200);
    await requestReset(member.email);
    const token = await tokenMailedTo(app, member.email, '/reset-password');
    // Only the hash is kept.
    const stored = await app.dataSource.query(`SELECT 1 FROM account_token WHERE token_hash = $1`, [token]);
    expect(stored).toHaveLength(0);

    expect((await reset(token, 'a-brand-new-password')).status).toBe(204);
    expect((await me(member.token)).status).toBe(401);
    expect((await login(member.email, FACTORY_PASSWORD)).status).toBe(401);
    expect((await login(member.email, 'a-brand-new-password')).status).toBe(200);
    const again = await reset(token, 'yet-another-password');
    expect([again.status, again.body.type]).toEqual([404, expect.stringContaining('link-not-valid')]);
    expect(await auditActions(member.userId)).toContain('user.password-reset');
  });

  it('refuses an expired link and one superseded by a newer request', async () => {
    const member = await kit.newMember('vendor');
    await requestReset(member.email);
    const first = await tokenMailedTo(app, member.email, '/reset-password');
    await requestReset(member.email);
    const second = await tokenMailedTo(app, member.email, '/reset-password');
    expect(second).not.toBe(first);
    expect((await reset(first, 'superseded-password')).status).toBe(404);
    await app.dataSource.query(
      `UPDATE account_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [member.userId],
    );
    expect((await reset(second, 'expired-password-1')).status).toBe(404);
    expect((await login(member.email, FACTORY_PASSWORD)).status).toBe(200);
  });

  it('names the field and rule of a bad reset', async () => {
    const response = await reset('short', 'tiny');
    expect(response.status).toBe(400);
    const fields = (response.body.errors as { field: string }[]).map((e) => e.field).sort();
    expect(fields).toEqual(['password', 'token']);
  });

  it('rate-limits reset requests per address', async () => {
    const limited = await bootTestApp(leg, { AUTH_RATE_LIMIT_PER_MINUTE: '2' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 6; i += 1) {
        statuses.push(
          (
            await limited.request({
              method: 'POST',
              url: '/api/v1/auth/password-reset/request',
              body: { email: 'target@example.org' },
            })
          ).status,
        );
      }
      expect(statuses.slice(0, 2)).toEqual([202, 202]);
      expect(statuses).toContain(429);
    } finally {
      await limited.close();
    }
  });

  it('changes the password with the current one and ends the other sessions only', async () => {
    const member = await kit.newMember('vendor');
    const other = (await login(member.email, FACTORY_PASSWORD)).body.accessToken as string;
    const wrong = await app.request({
      method: 'POST',
      url: '/api/v1/me/password',
      token: member.token,
      body: { currentPassword: 'not-it-at-all', newPassword: 'changed-password-1' },
    });
    expect([wrong.status, wrong.body.errors[0].field]).toEqual([400, 'currentPassword']);
    const changed = await app.request({
      method: 'POST',
      url: '/api/v1/me/password',
      token: member.token,
      body: { currentPassword: FACTORY_PASSWORD, newPassword: 'changed-password-1' },
    });
    expect(changed.status).toBe(204);
    expect((await me(member.token)).status).toBe(200);
    expect((await me(other)).status).toBe(401);
    expect((await login(member.email, 'changed-password-1')).status).toBe(200);
    expect(await auditActions(member.userId)).toContain('user.password-changed');
  });

  it('changes the display name', async () => {
    const member = await kit.newMember('agency');
    const response = await app.request({
      method: 'PATCH',
      url: '/api/v1/me',
      token: member.token,
      body: { displayName: 'Anita Sharma' },
    });
    expect([response.status, response.body.user.displayName]).toEqual([200, 'Anita Sharma']);
    const blank = await app.request({
      method: 'PATCH',
      url: '/api/v1/me',
      token: member.token,
      body: { displayName: ' ' },
    });
    expect([blank.status, blank.body.errors[0].field]).toEqual([400, 'displayName']);
  });

  it('changes the e-mail only once the new address confirms it, and tells the old one', async () => {
    const member = await kit.newMember('vendor');
    const newEmail = `moved-${member.userId.slice(0, 8)}@example.org`;
    const requested = await app.request({
      method: 'POST',
      url: '/api/v1/me/email',
      token: member.token,
      body: { email: newEmail, currentPassword: FACTORY_PASSWORD },
    });
    expect(requested.status).toBe(202);
    expect((await me(member.token)).body.user.email).toBe(member.email);
    const token = await tokenMailedTo(app, newEmail, '/confirm-email');
    const confirmed = await app.request({
      method: 'POST',
      url: '/api/v1/auth/confirm-email',
      body: { token },
    });
    expect(confirmed.body).toEqual({ purpose: 'email-change', email: newEmail });
    expect((await me(member.token)).body.user.email).toBe(newEmail);
    await app.settle();
    const notice = mailsTo(app, member.email).at(-1) ?? '';
    expect(notice).toContain(`m***@example.org`);
    expect(await auditActions(member.userId)).toContain('user.email-changed');
    const taken = await app.request({
      method: 'POST',
      url: '/api/v1/me/email',
      token: (await kit.newMember('agency')).token,
      body: { email: newEmail.toUpperCase(), currentPassword: FACTORY_PASSWORD },
    });
    expect(taken.status).toBe(409);
  });
});

describe.each(databaseLegs())('e-mail verification at sign-up (%s)', (leg) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootTestApp(leg, { AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(() => app.close());

  it('signs in unverified, may not invite until the e-mailed link is followed', async () => {
    const email = 'new.agency@example.org';
    const registered = await app.request({
      method: 'POST',
      url: '/api/v1/auth/register',
      body: {
        email,
        password: 'a-long-password',
        displayName: 'New Agency Person',
        organization: { kind: 'agency', name: 'New Agency', country: 'NP', city: 'Pokhara' },
      },
    });
    expect(registered.status).toBe(201);
    expect(registered.body.user).toMatchObject({ emailVerified: false, memberRole: 'owner' });
    const { accessToken, user } = registered.body as {
      accessToken: string;
      user: { organizationId: string };
    };
    const invite = () =>
      app.request({
        method: 'POST',
        url: `/api/v1/organizations/${user.organizationId}/invitations`,
        token: accessToken,
        body: { email: 'colleague.of.new@example.org' },
      });
    const refused = await invite();
    expect([refused.status, refused.body.type]).toEqual([403, expect.stringContaining('email-not-verified')]);

    const first = await tokenMailedTo(app, email, '/confirm-email');
    const resent = await app.request({
      method: 'POST',
      url: '/api/v1/me/email-verification',
      token: accessToken,
    });
    expect(resent.status).toBe(202);
    const token = await tokenMailedTo(app, email, '/confirm-email');
    expect(mailsTo(app, email)).toHaveLength(2);
    const confirm = (presented: string) =>
      app.request({ method: 'POST', url: '/api/v1/auth/confirm-email', body: { token: presented } });
    // The newer link replaced the first one.
    expect((await confirm(first)).status).toBe(404);
    const confirmed = await confirm(token);
    expect(confirmed.body).toEqual({ purpose: 'email-verification', email });
    expect(
      (await app.request({ method: 'GET', url: '/api/v1/me', token: accessToken })).body.user.emailVerified,
    ).toBe(true);
    expect((await invite()).status).toBe(201);
    const again = await app.request({
      method: 'POST',
      url: '/api/v1/me/email-verification',
      token: accessToken,
    });
    expect(again.status).toBe(409);
  });
});
