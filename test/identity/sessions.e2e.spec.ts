import { createHash } from 'node:crypto';
import { TestApp, TestResponse } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, factories } from '../support/factories';
import { bootTestApp } from '../support/app';

const login = (app: TestApp, email: string, password: string) =>
  app.request({ method: 'POST', url: '/api/v1/auth/login', body: { email, password } });
const refresh = (app: TestApp, refreshToken: string) =>
  app.request({ method: 'POST', url: '/api/v1/auth/refresh', body: { refreshToken } });
const me = (app: TestApp, token: string) => app.request({ method: 'GET', url: '/api/v1/me', token });
const cookieOf = (response: TestResponse) => String(response.headers['set-cookie'] ?? '');

describe.each(databaseLegs())('sessions: login, refresh, logout, disabled users (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;

  beforeAll(async () => {
    // The real argon2 cost, so that the timing comparison below means something.
    app = await bootTestApp(leg, {
      PASSWORD_HASH_PROFILE: 'owasp',
      AUTH_RATE_LIMIT_PER_MINUTE: '1000',
    });
    kit = await factories(app);
  });
  afterAll(() => app.close());

  it('signs in case-insensitively and sets the refresh cookie for the auth routes only', async () => {
    const member = await kit.newMember('agency');
    const response = await login(app, member.email.toUpperCase(), member.password);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { id: member.userId } });
    const cookie = cookieOf(response);
    expect(cookie).toContain(`3ipet_refresh=${response.body.refreshToken}`);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth(;|$)/);
    expect((await me(app, response.body.accessToken)).body.user.id).toBe(member.userId);
  });

  it('answers a wrong password and an unknown email identically, for about the same work', async () => {
    const member = await kit.newMember('vendor');
    const wrongPassword = await login(app, member.email, 'not-the-password');
    const unknownEmail = await login(app, `nobody-${member.email}`, 'not-the-password');
    expect(wrongPassword.status).toBe(401);
    expect(unknownEmail.status).toBe(401);
    // Everything but the per-request correlation id is byte for byte the same.
    const withoutRequestId = (text: string) => text.replace(/"requestId":"[^"]*"/, '');
    expect(withoutRequestId(unknownEmail.text)).toBe(withoutRequestId(wrongPassword.text));
    expect(unknownEmail.headers['content-type']).toBe(wrongPassword.headers['content-type']);

    // CPU time of this process (argon2 runs on its thread pool), not wall time: the other suites running on
    // the same cores stretch wall time by several times, but they do not spend this process's CPU.
    const cpu = { known: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < 8; i++) {
      for (const [kind, email] of [
        ['known', member.email],
        ['unknown', `ghost-${i}@example.org`],
      ] as const) {
        const before = process.cpuUsage();
        await login(app, email, 'not-the-password');
        const spent = process.cpuUsage(before);
        cpu[kind].push(spent.user + spent.system);
      }
    }
    // Skipping the password hash for an unknown email gives 0.07-0.13 here; a correct answer, about 1.
    const ratio = median(cpu.unknown) / median(cpu.known);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it('rotates the refresh token on every use and revokes the family when a spent token comes back', async () => {
    const member = await kit.newMember('vendor');
    const first = (await login(app, member.email, member.password)).body;
    const other = (await login(app, member.email, member.password)).body; // another device: another family

    const second = await refresh(app, first.refreshToken);
    expect(second.status).toBe(200);
    expect(second.body.refreshToken).not.toBe(first.refreshToken);
    expect(second.body.accessToken).not.toBe(first.accessToken);
    expect(cookieOf(second)).toContain(second.body.refreshToken);

    const replay = await refresh(app, first.refreshToken);
    expect(replay.status).toBe(401);
    expect(replay.body.type).toMatch(/invalid-refresh-token$/);
    // The thief's copy and the victim's current token are both dead now.
    expect((await refresh(app, second.body.refreshToken)).status).toBe(401);
    expect((await refresh(app, other.refreshToken)).status).toBe(200);
  });

  it('refreshes from the cookie alone, and logout ends the session and clears the cookie', async () => {
    const member = await kit.newMember('agency');
    const session = (await login(app, member.email, member.password)).body;
    const viaCookie = await app.request({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      headers: { cookie: `theme=dark; 3ipet_refresh=${session.refreshToken}` },
    });
    expect(viaCookie.status).toBe(200);

    const logout = await app.request({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: { cookie: `3ipet_refresh=${viaCookie.body.refreshToken}` },
    });
    expect(logout.status).toBe(204);
    expect(cookieOf(logout)).toMatch(/3ipet_refresh=;.*Max-Age=0/);
    expect((await refresh(app, viaCookie.body.refreshToken)).status).toBe(401);
  });

  it('ends access tokens with their session at once: logout, a replayed refresh token, a revocation elsewhere', async () => {
    const member = await kit.newMember('vendor');
    const [first, second, third] = [
      (await login(app, member.email, member.password)).body,
      (await login(app, member.email, member.password)).body,
      (await login(app, member.email, member.password)).body,
    ];
    for (const session of [first, second, third])
      expect((await me(app, session.accessToken)).status).toBe(200);

    const logout = { method: 'POST', url: '/api/v1/auth/logout' } as const;
    expect((await app.request({ ...logout, body: { refreshToken: first.refreshToken } })).status).toBe(204);
    const afterLogout = await me(app, first.accessToken);
    expect(afterLogout.status).toBe(401);
    expect(afterLogout.headers['content-type']).toMatch(/application\/problem\+json/);
    // Only that session: the same user's other sessions go on.
    expect((await me(app, second.accessToken)).status).toBe(200);

    // A spent refresh token coming back revokes its family, and with it the access tokens of the family.
    const rotated = (await refresh(app, second.refreshToken)).body;
    expect((await me(app, rotated.accessToken)).status).toBe(200);
    expect((await refresh(app, second.refreshToken)).status).toBe(401);
    expect((await me(app, rotated.accessToken)).status).toBe(401);
    expect((await me(app, second.accessToken)).status).toBe(401);

    // A revocation committed by another api process (here: straight in the database) counts at once too.
    await app.dataSource.query(`UPDATE refresh_token SET revoked_at = now() WHERE user_id = $1`, [
      member.userId,
    ]);
    expect((await me(app, third.accessToken)).status).toBe(401);
  });

  it('rejects a refresh without any token, and an expired refresh token', async () => {
    expect((await app.request({ method: 'POST', url: '/api/v1/auth/refresh' })).status).toBe(401);
    const member = await kit.newMember('vendor');
    const token = await kit.refreshTokenFor(member.userId);
    await app.dataSource.query(
      `UPDATE refresh_token SET expires_at = now() - interval '1 second' WHERE user_id = $1`,
      [member.userId],
    );
    expect((await refresh(app, token)).status).toBe(401);
  });

  it('locks a disabled user out at once: access token, refresh token and login; enabling lets them back', async () => {
    const admin = await kit.newAdmin();
    const member = await kit.newMember('vendor');
    const session = (await login(app, member.email, member.password)).body;
    const disable = await app.request({
      method: 'PATCH',
      url: `/api/v1/admin/users/${member.userId}`,
      token: admin.token,
      body: { status: 'disabled' },
    });
    expect(disable.status).toBe(200);

    expect((await me(app, session.accessToken)).status).toBe(401);
    expect((await refresh(app, session.refreshToken)).status).toBe(401);
    // The right password must not tell a guesser anything: the same answer as a wrong one.
    const correctPassword = await login(app, member.email, member.password);
    const wrongPassword = await login(app, member.email, 'wrong-password');
    expect(correctPassword.status).toBe(401);
    const withoutRequestId = (text: string) => text.replace(/"requestId":"[^"]*"/, '');
    expect(withoutRequestId(correctPassword.text)).toBe(withoutRequestId(wrongPassword.text));

    await app.request({
      method: 'PATCH',
      url: `/api/v1/admin/users/${member.userId}`,
      token: admin.token,
      body: { status: 'active' },
    });
    expect((await login(app, member.email, member.password)).status).toBe(200);
  });

  it('refuses a refresh for a user disabled without revoking sessions, and revokes the family', async () => {
    const member = await kit.newMember('agency');
    const token = await kit.refreshTokenFor(member.userId);
    await app.dataSource.query(`UPDATE app_user SET status = 'disabled' WHERE id = $1`, [member.userId]);
    const response = await refresh(app, token);
    expect(response.status).toBe(403);
    const [{ live }] = await app.dataSource.query(
      `SELECT count(*)::int AS live FROM refresh_token
        WHERE revoked_at IS NULL
          AND family_id = (SELECT family_id FROM refresh_token WHERE token_hash = $1)`,
      [createHash('sha256').update(token).digest('hex')],
    );
    expect(live).toBe(0);
  });

  it('stores argon2id hashes with the OWASP parameters', async () => {
    const [{ password_hash: hash }] = await app.dataSource.query(
      `SELECT password_hash FROM app_user LIMIT 1`,
    );
    expect(hash).toMatch(/^\$argon2id\$v=19\$/);
    const parameters = Object.fromEntries(
      hash
        .split('$')[3]
        .split(',')
        .map((pair: string) => pair.split('=')),
    );
    expect(parameters).toEqual({ m: '19456', t: '2', p: '1' });
  });
});

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
