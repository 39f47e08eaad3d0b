import { type TestApp, bootTestApp } from '../support/app';
import { factories } from '../support/factories';
import { NotificationKit } from './support/notification-kit';
import { waitFor } from './support/tally';
import { WebhookReceiver } from './support/webhook-receiver';

/** With WEBHOOK_PRIVATE_TARGETS=deny (the production default), webhooks reach public addresses only. */
describe('webhook targets when private addresses are denied', () => {
  const hooks = new WebhookReceiver();
  let app: TestApp;
  let notify: NotificationKit;

  beforeAll(async () => {
    await hooks.start();
    app = await bootTestApp('pglite', { WEBHOOK_PRIVATE_TARGETS: 'deny' });
    notify = new NotificationKit(app, await factories(app));
  });
  afterAll(async () => {
    await app?.close();
    await hooks.stop();
  });

  it('refuses to register a loopback, private, link-local or local-name target, naming the field and rule', async () => {
    const agency = await notify.organization({ kind: 'agency', email: false });
    const member = agency.members[0];
    const register = (url: string) =>
      app.request({
        method: 'POST',
        url: `/api/v1/organizations/${agency.organizationId}/webhooks`,
        token: member.token,
        body: { url, events: ['match.introduced'] },
      });
    for (const url of [
      hooks.url('/hook'),
      'http://169.254.169.254/latest/meta-data',
      'http://10.0.0.5/hook',
      'http://[::1]:8080/hook',
      'http://localhost:8080/hook',
    ]) {
      const refused = await register(url);
      expect(refused.status).toBe(400);
      expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'url', rule: 'publicAddress' })]);
    }
    expect((await register('https://partner.example.org/3ipet')).status).toBe(201);
  });

  it('does not send to a stored target that is not public: the delivery dies, saying why', async () => {
    const agency = await notify.organization({ kind: 'agency', email: false });
    // Registered while private targets were still allowed, say.
    await app.dataSource.query(
      `INSERT INTO webhook_endpoint (organization_id, url, secret, events) VALUES ($1, $2, 'whsec_test', $3)`,
      [agency.organizationId, hooks.url('/private'), ['match.introduced']],
    );
    const vendor = await notify.organization({ kind: 'vendor', email: false });
    await notify.introduce([[vendor.organizationId, agency.organizationId]]);

    const delivery = async () =>
      (
        await app.dataSource.query(
          `SELECT status, last_error FROM notification_delivery WHERE organization_id = $1 AND channel = 'webhook'`,
          [agency.organizationId],
        )
      )[0] as { status: string; last_error: string } | undefined;
    await waitFor(
      'the delivery is dead',
      async () => (await app.settle(), (await delivery())?.status === 'dead'),
    );
    expect((await delivery())?.last_error).toMatch(/public addresses: 127\.0\.0\.1 is not a public address/);
    expect(hooks.calls.filter((call) => call.path === '/private')).toEqual([]);
  });
});
