import { createHash, randomBytes } from 'node:crypto';
import { FACTORY_PASSWORD } from '../../support/factories';
import type { MatrixCase, MatrixRow } from '../matrix';

const everyone = (status: number) => ({ anonymous: status, vendor: status, agency: status, admin: status });
const signedIn = (status: number) => ({ anonymous: 401, vendor: status, agency: status, admin: status });
const ownersAndAdmins = (ok: number) => ({
  anonymous: 401,
  vendor: { own: ok, foreign: 404 },
  agency: { own: ok, foreign: 404 },
  admin: ok,
});
const freshEmail = () => `matrix-${randomBytes(5).toString('hex')}@example.org`;

/** A usable account link for the owner, written as the mail job would leave it (only the hash stored). */
async function accountLink(
  { app, owner }: MatrixCase,
  purpose: 'password-reset' | 'email-verification',
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await app.dataSource.query(
    `INSERT INTO account_token (user_id, purpose, email, token_hash, expires_at)
     VALUES ($1, $2, $3, $4, now() + interval '1 hour')`,
    [owner.userId, purpose, owner.email, createHash('sha256').update(token).digest('hex')],
  );
  return token;
}

async function pendingInvitation({ app, owner }: MatrixCase): Promise<string> {
  const response = await app.request({
    method: 'POST',
    url: `/api/v1/organizations/${owner.organizationId}/invitations`,
    token: owner.token,
    body: { email: freshEmail() },
  });
  if (response.status !== 201)
    throw new Error(`invitation setup failed: ${response.status} ${response.text}`);
  return response.body.id;
}

export const rows: MatrixRow[] = [
  {
    method: 'POST',
    path: '/api/v1/auth/password-reset/request',
    expect: everyone(202),
    setup: ({ owner }) => ({ body: { email: owner.email } }),
  },
  {
    method: 'POST',
    path: '/api/v1/auth/password-reset',
    expect: everyone(204),
    setup: async (c) => ({
      body: { token: await accountLink(c, 'password-reset'), password: 'matrix-password-9' },
    }),
  },
  {
    method: 'POST',
    path: '/api/v1/auth/confirm-email',
    expect: everyone(200),
    setup: async (c) => ({ body: { token: await accountLink(c, 'email-verification') } }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/me',
    expect: signedIn(200),
    setup: () => ({ body: { displayName: 'Renamed Person' } }),
  },
  {
    method: 'POST',
    path: '/api/v1/me/password',
    expect: signedIn(204),
    setup: () => ({ body: { currentPassword: FACTORY_PASSWORD, newPassword: 'matrix-password-8' } }),
  },
  {
    method: 'POST',
    path: '/api/v1/me/email',
    expect: signedIn(202),
    setup: () => ({ body: { email: freshEmail(), currentPassword: FACTORY_PASSWORD } }),
  },
  {
    method: 'POST',
    path: '/api/v1/me/email-verification',
    expect: signedIn(202),
    // Factory accounts are verified; make the caller one who still has to.
    setup: async ({ app, caller }) => {
      if (caller)
        await app.dataSource.query(`UPDATE app_user SET email_verified_at = NULL WHERE id = $1`, [
          caller.userId,
        ]);
      return {};
    },
  },
  {
    method: 'GET',
    path: '/api/v1/organizations/{id}/members',
    expect: ownersAndAdmins(200),
    setup: ({ owner }) => ({ params: { id: owner.organizationId } }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/organizations/{id}/members/{userId}',
    expect: ownersAndAdmins(200),
    setup: async ({ kit, owner }) => {
      const colleague = await kit.newMember(owner.role, { organizationId: owner.organizationId });
      return {
        params: { id: owner.organizationId, userId: colleague.userId },
        body: { memberRole: 'member' },
      };
    },
  },
  {
    method: 'DELETE',
    path: '/api/v1/organizations/{id}/members/{userId}',
    expect: ownersAndAdmins(204),
    setup: async ({ kit, owner }) => {
      const colleague = await kit.newMember(owner.role, { organizationId: owner.organizationId });
      return { params: { id: owner.organizationId, userId: colleague.userId } };
    },
  },
  {
    method: 'GET',
    path: '/api/v1/organizations/{id}/invitations',
    expect: ownersAndAdmins(200),
    setup: ({ owner }) => ({ params: { id: owner.organizationId } }),
  },
  {
    method: 'POST',
    path: '/api/v1/organizations/{id}/invitations/{invitationId}/resend',
    expect: ownersAndAdmins(200),
    setup: async (c) => ({
      params: { id: c.owner.organizationId, invitationId: await pendingInvitation(c) },
    }),
  },
  {
    method: 'DELETE',
    path: '/api/v1/organizations/{id}/invitations/{invitationId}',
    expect: ownersAndAdmins(204),
    setup: async (c) => ({
      params: { id: c.owner.organizationId, invitationId: await pendingInvitation(c) },
    }),
  },
];
