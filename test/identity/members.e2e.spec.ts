import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { FACTORY_PASSWORD, Factories, TestMember, factories } from '../support/factories';
import { mailsTo, tokenMailedTo } from './support/mailbox';

describe.each(databaseLegs())('members and e-mailed invitations (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;

  beforeAll(async () => {
    app = await bootTestApp(leg, { AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
    kit = await factories(app);
  });
  afterAll(() => app.close());

  const url = (owner: TestMember, rest = '') => `/api/v1/organizations/${owner.organizationId}${rest}`;

  async function inviteAndAccept(
    owner: TestMember,
    email: string,
  ): Promise<{ userId: string; token: string }> {
    const invited = await app.request({
      method: 'POST',
      url: url(owner, '/invitations'),
      token: owner.token,
      body: { email },
    });
    expect(invited.status).toBe(201);
    const token = await tokenMailedTo(app, email, '/invitation');
    const accepted = await app.request({
      method: 'POST',
      url: '/api/v1/auth/accept-invitation',
      body: { token, displayName: 'Invited Colleague', password: 'colleague-password' },
    });
    expect(accepted.status).toBe(201);
    return { userId: accepted.body.user.id, token: accepted.body.accessToken };
  }

  it('e-mails the invitation with its expiry; the e-mailed link makes a member, not an owner', async () => {
    const owner = await kit.newMember('vendor');
    const email = `colleague-${owner.userId.slice(0, 8)}@example.org`;
    const colleague = await inviteAndAccept(owner, email);
    expect(mailsTo(app, email)[0]).toMatch(/valid until/);
    const list = await app.request({ method: 'GET', url: url(owner, '/members'), token: owner.token });
    expect(list.status).toBe(200);
    expect(
      list.body.items.map((m: { email: string; memberRole: string }) => [m.email, m.memberRole]),
    ).toEqual([
      [owner.email, 'owner'],
      [email, 'member'],
    ]);
    // Members who are not owners cannot manage members.
    const forbidden = await app.request({
      method: 'GET',
      url: url(owner, '/members'),
      token: colleague.token,
    });
    expect(forbidden.status).toBe(403);
  });

  it('lists pending invitations; resend sends a new link (the old e-mailed one dies), revoke kills all', async () => {
    const owner = await kit.newMember('agency');
    const email = `pending-${owner.userId.slice(0, 8)}@example.org`;
    const created = await app.request({
      method: 'POST',
      url: url(owner, '/invitations'),
      token: owner.token,
      body: { email },
    });
    const firstLink = await tokenMailedTo(app, email, '/invitation');
    const pending = await app.request({ method: 'GET', url: url(owner, '/invitations'), token: owner.token });
    expect(pending.body.items).toEqual([expect.objectContaining({ id: created.body.id, email })]);

    const resent = await app.request({
      method: 'POST',
      url: url(owner, `/invitations/${created.body.id}/resend`),
      token: owner.token,
    });
    expect(resent.status).toBe(200);
    const secondLink = await tokenMailedTo(app, email, '/invitation');
    expect(secondLink).not.toBe(firstLink);
    const accept = (token: string) =>
      app.request({
        method: 'POST',
        url: '/api/v1/auth/accept-invitation',
        body: { token, displayName: 'Late Colleague', password: 'colleague-password' },
      });
    expect((await accept(firstLink)).status).toBe(404);

    const revoked = await app.request({
      method: 'DELETE',
      url: url(owner, `/invitations/${created.body.id}`),
      token: owner.token,
    });
    expect(revoked.status).toBe(204);
    expect((await accept(secondLink)).status).toBe(404);
    expect((await accept(created.body.token)).status).toBe(404);
  });

  it('revokes a member (their sessions end at once) and changes roles, keeping an owner', async () => {
    const owner = await kit.newMember('vendor');
    const email = `revoked-${owner.userId.slice(0, 8)}@example.org`;
    const colleague = await inviteAndAccept(owner, email);
    const promoted = await app.request({
      method: 'PATCH',
      url: url(owner, `/members/${colleague.userId}`),
      token: owner.token,
      body: { memberRole: 'owner' },
    });
    expect([promoted.status, promoted.body.memberRole]).toEqual([200, 'owner']);
    const demoteSelf = await app.request({
      method: 'PATCH',
      url: url(owner, `/members/${owner.userId}`),
      token: owner.token,
      body: { memberRole: 'member' },
    });
    expect(demoteSelf.status).toBe(200);
    // Now the colleague is the only owner: they cannot step down.
    const lastOwner = await app.request({
      method: 'PATCH',
      url: url(owner, `/members/${colleague.userId}`),
      token: colleague.token,
      body: { memberRole: 'member' },
    });
    expect([lastOwner.status, lastOwner.body.type]).toEqual([422, expect.stringContaining('last-owner')]);
    const badRole = await app.request({
      method: 'PATCH',
      url: url(owner, `/members/${owner.userId}`),
      token: colleague.token,
      body: { memberRole: 'boss' },
    });
    expect([badRole.status, badRole.body.errors[0].field]).toEqual([400, 'memberRole']);

    const back = await app.request({
      method: 'PATCH',
      url: url(owner, `/members/${owner.userId}`),
      token: colleague.token,
      body: { memberRole: 'owner' },
    });
    expect(back.status).toBe(200);
    const ownerToken = (
      await app.request({
        method: 'POST',
        url: '/api/v1/auth/login',
        body: { email: owner.email, password: FACTORY_PASSWORD },
      })
    ).body.accessToken as string;
    const revoked = await app.request({
      method: 'DELETE',
      url: url(owner, `/members/${colleague.userId}`),
      token: ownerToken,
    });
    expect(revoked.status).toBe(204);
    expect((await app.request({ method: 'GET', url: '/api/v1/me', token: colleague.token })).status).toBe(
      401,
    );
    const signIn = await app.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { email, password: 'colleague-password' },
    });
    expect(signIn.status).toBe(401);
    const actions = (
      (await app.dataSource.query(`SELECT action FROM audit_entry WHERE target_id = $1 ORDER BY id`, [
        colleague.userId,
      ])) as { action: string }[]
    ).map((row) => row.action);
    expect(actions).toEqual(['member.role-changed', 'member.revoked']);
  });

  it('hides another organisation’s members behind 404', async () => {
    const owner = await kit.newMember('vendor');
    const stranger = await kit.newMember('vendor');
    const response = await app.request({ method: 'GET', url: url(owner, '/members'), token: stranger.token });
    expect(response.status).toBe(404);
  });
});
