import { TransactionRunner } from '@3ipet/database';
import { NotificationRecorder } from '@3ipet/notifications';
import type { MatrixCase, MatrixRow } from '../matrix';

const adminOnly = (ok: number) => ({ anonymous: 401, vendor: 403, agency: 403, admin: ok });
const membersOnly = (ok: number) => ({ anonymous: 401, vendor: ok, agency: ok, admin: 403 });
const membersAndAdmins = (ok: number) => ({
  anonymous: 401,
  vendor: { own: ok, foreign: 404 },
  agency: { own: ok, foreign: 404 },
  admin: ok,
});
const webhookInput = { url: 'https://partner.example.org/3ipet-hook', events: ['match.introduced'] };

/** A notification in the owner's inbox (no channel but the inbox: the owner has no webhook, e-mail is on). */
async function notificationOf({ app, owner }: MatrixCase): Promise<string> {
  await app.app.get(TransactionRunner).run((manager) =>
    app.app.get(NotificationRecorder).record(manager, {
      organizationId: owner.organizationId,
      kind: 'match.introduced',
      payload: { matchId: '00000000-0000-4000-8000-000000000001', event: 'introduced' },
    }),
  );
  const [row]: { id: string }[] = await app.dataSource.query(
    `SELECT id FROM notification WHERE organization_id = $1 ORDER BY created_at DESC LIMIT 1`,
    [owner.organizationId],
  );
  return row.id;
}

async function webhookOf({ app, owner }: MatrixCase): Promise<string> {
  const response = await app.request({
    method: 'POST',
    url: `/api/v1/organizations/${owner.organizationId}/webhooks`,
    token: owner.token,
    body: webhookInput,
  });
  if (response.status !== 201) throw new Error(`webhook setup failed: ${response.status} ${response.text}`);
  return response.body.id;
}

async function deadDeliveryOf(c: MatrixCase): Promise<string> {
  const notificationId = await notificationOf(c);
  const [row]: { id: string }[] = await c.app.dataSource.query(
    `INSERT INTO notification_delivery (notification_id, organization_id, channel, target, status, attempts, last_error)
     VALUES ($1, $2, 'webhook', gen_random_uuid()::text, 'dead', 8, 'HTTP 500') RETURNING id`,
    [notificationId, c.owner.organizationId],
  );
  return row.id;
}

export const rows: MatrixRow[] = [
  { method: 'GET', path: '/api/v1/notifications', expect: membersOnly(200) },
  {
    method: 'POST',
    path: '/api/v1/notifications/{id}/read',
    expect: {
      anonymous: 401,
      vendor: { own: 200, foreign: 404 },
      agency: { own: 200, foreign: 404 },
      admin: 403,
    },
    setup: async (c) => ({ params: { id: await notificationOf(c) } }),
  },
  {
    method: 'GET',
    path: '/api/v1/organizations/{id}/notification-settings',
    expect: membersAndAdmins(200),
    setup: ({ owner }) => ({ params: { id: owner.organizationId } }),
  },
  {
    method: 'PATCH',
    path: '/api/v1/organizations/{id}/notification-settings',
    expect: membersAndAdmins(200),
    setup: ({ owner }) => ({ params: { id: owner.organizationId }, body: { email: false } }),
  },
  {
    method: 'GET',
    path: '/api/v1/organizations/{id}/webhooks',
    expect: membersAndAdmins(200),
    setup: async (c) => {
      await webhookOf(c);
      return { params: { id: c.owner.organizationId } };
    },
    verify: (response) =>
      JSON.stringify(response.body).includes('whsec_') ? 'a webhook secret was listed' : undefined,
  },
  {
    method: 'POST',
    path: '/api/v1/organizations/{id}/webhooks',
    expect: membersAndAdmins(201),
    setup: ({ owner }) => ({ params: { id: owner.organizationId }, body: webhookInput }),
    verify: (response) =>
      response.status === 201 && !String(response.body.secret).startsWith('whsec_')
        ? 'no secret in the answer'
        : undefined,
  },
  {
    method: 'DELETE',
    path: '/api/v1/organizations/{id}/webhooks/{webhookId}',
    expect: membersAndAdmins(204),
    setup: async (c) => ({ params: { id: c.owner.organizationId, webhookId: await webhookOf(c) } }),
  },
  {
    method: 'GET',
    path: '/api/v1/admin/deliveries',
    expect: adminOnly(200),
    setup: () => ({ query: { status: 'dead' } }),
  },
  {
    method: 'POST',
    path: '/api/v1/admin/deliveries/{id}/retry',
    expect: adminOnly(200),
    setup: async (c) => ({ params: { id: await deadDeliveryOf(c) } }),
  },
];
