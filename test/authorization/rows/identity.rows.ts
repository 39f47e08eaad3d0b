import { Organization } from '@3ipet/identity';
import { randomBytes } from 'node:crypto';
import type { TestResponse } from '../../support/app';
import type { MatrixCase, MatrixRow } from '../matrix';

const everyone = (status: number) => ({ anonymous: status, vendor: status, agency: status, admin: status });
const adminOnly = (ok: number) => ({ anonymous: 401, vendor: 403, agency: 403, admin: ok });
const membersAndAdmins = (ok: number) => ({
  anonymous: 401,
  vendor: { own: ok, foreign: 404 },
  agency: { own: ok, foreign: 404 },
  admin: ok,
});
const freshEmail = () => `matrix-${randomBytes(5).toString('hex')}@example.org`;

async function invitationToken({ app, owner }: MatrixCase): Promise<string> {
  const response = await app.request({
    method: 'POST',
    url: `/api/v1/organizations/${owner.organizationId}/invitations`,
    token: owner.token,
    body: { email: freshEmail() },
  });
  if (response.status !== 201)
    throw new Error(`invitation setup failed: ${response.status} ${response.text}`);
  return response.body.token;
}

/** The contact person is private: only the organisation's own members and admins may see it. */
function contactPersonVisibility(response: TestResponse, c: MatrixCase): string | undefined {
  const maySee = c.ownership === 'own' || c.caller?.role === 'admin';
  const sees = response.body?.contactPerson !== undefined;
  return maySee === sees ? undefined : `contact person ${sees ? 'leaked' : 'missing'}`;
}

function noContactPersonsOfOthers(response: TestResponse, c: MatrixCase): string | undefined {
  const items = (response.body?.items ?? []) as { id: string; contactPerson?: unknown }[];
  const leaked = items.filter(
    (org) =>
      org.contactPerson !== undefined && c.caller?.role !== 'admin' && org.id !== c.caller?.organizationId,
  );
  return leaked.length > 0 ? `contact persons of ${leaked.length} other organisations leaked` : undefined;
}

export const rows: MatrixRow[] = [
  {
    method: 'POST',
    path: '/api/v1/auth/register',
    expect: everyone(201),
    setup: () => ({
      body: {
        email: freshEmail(),
        password: 'matrix-password-1',
        displayName: 'Matrix Person',
        organization: { kind: 'agency', name: 'Matrix Agency', country: 'LK', city: 'Colombo' },
      },
    }),
  },
  {
    method: 'POST',
    path: '/api/v1/auth/login',
    expect: everyone(200),
    setup: ({ owner }) => ({ body: { email: owner.email, password: owner.password } }),
  },
  {
    method: 'POST',
    path: '/api/v1/auth/refresh',
    expect: everyone(200),
    setup: async ({ kit, owner }) => ({ body: { refreshToken: await kit.refreshTokenFor(owner.userId) } }),
  },
  {
    method: 'POST',
    path: '/api/v1/auth/logout',
    expect: everyone(204),
    setup: async ({ kit, owner }) => ({ body: { refreshToken: await kit.refreshTokenFor(owner.userId) } }),
  },
  {
    method: 'POST',
    path: '/api/v1/auth/accept-invitation',
    expect: everyone(201),
    setup: async (c) => ({
      body: {
        token: await invitationToken(c),
        displayName: 'Invited Colleague',
        password: 'matrix-password-2',
      },
    }),
  },
  {
    method: 'GET',
    path: '/api/v1/me',
    expect: { anonymous: 401, vendor: 200, agency: 200, admin: 200 },
  },
  {
    method: 'GET',
    path: '/api/v1/organizations',
    expect: everyone(200),
    setup: () => ({ query: { limit: '100' } }),
    verify: noContactPersonsOfOthers,
  },
  {
    method: 'GET',
    path: '/api/v1/organizations/{id}',
    expect: everyone(200),
    setup: ({ owner }) => ({ params: { id: owner.organizationId } }),
    verify: contactPersonVisibility,
  },
  {
    method: 'PATCH',
    path: '/api/v1/organizations/{id}',
    expect: membersAndAdmins(200),
    setup: ({ owner }) => ({
      params: { id: owner.organizationId },
      body: { city: 'Lalitpur', languages: ['ne'] },
    }),
    verify: contactPersonVisibility,
  },
  {
    method: 'POST',
    path: '/api/v1/organizations/{id}/verify',
    expect: adminOnly(200),
    setup: ({ owner }) => ({ params: { id: owner.organizationId }, body: { verified: true } }),
  },
  {
    method: 'POST',
    path: '/api/v1/organizations/{id}/reject',
    expect: adminOnly(200),
    setup: ({ owner }) => ({ params: { id: owner.organizationId }, body: { reason: 'Not an agency.' } }),
  },
  {
    method: 'POST',
    path: '/api/v1/organizations/{id}/withdraw-verification',
    expect: adminOnly(200),
    setup: async ({ owner, kit }) => {
      await kit.dataSource
        .getRepository(Organization)
        .update(owner.organizationId, { verified: true, verificationStatus: 'verified' });
      return { params: { id: owner.organizationId }, body: { reason: 'The registration lapsed.' } };
    },
  },
  {
    method: 'POST',
    path: '/api/v1/organizations/{id}/invitations',
    expect: membersAndAdmins(201),
    setup: ({ owner }) => ({ params: { id: owner.organizationId }, body: { email: freshEmail() } }),
  },
  {
    method: 'GET',
    path: '/api/v1/admin/users',
    expect: adminOnly(200),
  },
  {
    method: 'PATCH',
    path: '/api/v1/admin/users/{id}',
    expect: adminOnly(200),
    setup: ({ owner }) => ({ params: { id: owner.userId }, body: { status: 'disabled' } }),
  },
  {
    method: 'GET',
    path: '/api/v1/admin/audit',
    expect: adminOnly(200),
  },
];
