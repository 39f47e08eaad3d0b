import { verifyWebhook } from '@3ipet/notifications';
import { type TestApp, bootTestApp } from '../support/app';
import { type DatabaseLegName } from '../support/database';
import { testEnv } from '../support/env';
import { factories } from '../support/factories';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis';
import { NotificationKit } from './support/notification-kit';
import { waitFor } from './support/tally';
import { type ReceivedWebhook, WebhookReceiver } from './support/webhook-receiver';

type QueueLeg = 'inline' | 'bullmq';
const legs: [DatabaseLegName, QueueLeg][] = [
  ['pglite', 'inline'],
  ...(testEnv.redisUrl
    ? [[testEnv.databaseUrl ? 'postgres' : 'pglite', 'bullmq'] as [DatabaseLegName, QueueLeg]]
    : []),
];
const RATE_PER_SECOND = 4;

describe.each(legs)('webhook retries, deletion and per-host pacing (%s, %s queue)', (dbLeg, queueLeg) => {
  const hooks = new WebhookReceiver();
  const redisPrefix = uniqueRedisPrefix();
  let app: TestApp;
  let notify: NotificationKit;

  beforeAll(async () => {
    await hooks.start();
    app = await bootTestApp(dbLeg, {
      NOTIFICATION_RETRY_BASE_MS: '200',
      NOTIFICATION_MAX_ATTEMPTS: '5',
      WEBHOOK_RATE_PER_HOST: String(RATE_PER_SECOND),
      WEBHOOK_BURST_PER_HOST: '1',
      ...(queueLeg === 'bullmq'
        ? { REDIS_URL: testEnv.redisUrl!, REDIS_PREFIX: redisPrefix, RUN_WORKER_IN_API: 'true' }
        : {}),
    });
    notify = new NotificationKit(app, await factories(app));
  });
  afterAll(async () => {
    await app?.close();
    await hooks.stop();
    if (queueLeg === 'bullmq') await deleteRedisKeys(testEnv.redisUrl!, redisPrefix);
  });

  const callsTo = (path: string): ReceivedWebhook[] => hooks.calls.filter((call) => call.path === path);
  const webhookDelivery = async (organizationId: string) => {
    const [row]: { status: string; attempts: number; last_error: string | null }[] =
      await app.dataSource.query(
        `SELECT status, attempts, last_error FROM notification_delivery WHERE organization_id = $1 AND channel = 'webhook'`,
        [organizationId],
      );
    return row;
  };
  const quietPartner = () => notify.organization({ kind: 'vendor', email: false });

  it('retries a failing receiver until it answers 2xx; every try is the same delivery, freshly signed', async () => {
    let answered = 0;
    hooks.status = (call) => (call.path === '/flaky' && ++answered <= 2 ? 500 : 200);
    const agency = await notify.organization({
      kind: 'agency',
      email: false,
      webhookUrl: hooks.url('/flaky'),
    });
    await notify.introduce([[(await quietPartner()).organizationId, agency.organizationId]]);
    await waitFor(
      'the third try succeeded',
      async () => (await webhookDelivery(agency.organizationId))?.status === 'sent',
    );

    const calls = callsTo('/flaky');
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((call) => call.headers['x-3ipet-delivery'])).size).toBe(1);
    for (const call of calls) {
      const timestamp = Number(call.headers['x-3ipet-timestamp']);
      expect(
        verifyWebhook(agency.webhookSecret!, timestamp, call.body, String(call.headers['x-3ipet-signature'])),
      ).toBe(true);
    }
    expect(await webhookDelivery(agency.organizationId)).toEqual({
      status: 'sent',
      attempts: 3,
      last_error: null,
    });
  });

  it('a delivery whose webhook is deleted dies at its next try, saying why', async () => {
    hooks.status = (call) => (call.path === '/gone' ? 503 : 200);
    const agency = await notify.organization({
      kind: 'agency',
      email: false,
      webhookUrl: hooks.url('/gone'),
    });
    await notify.introduce([[(await quietPartner()).organizationId, agency.organizationId]]);
    await waitFor('a failed try', () => callsTo('/gone').length >= 1);
    const removed = await app.request({
      method: 'DELETE',
      url: `/api/v1/organizations/${agency.organizationId}/webhooks/${agency.webhookId}`,
      token: agency.members[0].token,
    });
    expect(removed.status).toBe(204);
    await waitFor(
      'the delivery is dead',
      async () => (await webhookDelivery(agency.organizationId)).status === 'dead',
    );
    expect((await webhookDelivery(agency.organizationId)).last_error).toBe('The webhook was deleted');
  });

  it(`paces deliveries to one host at ${RATE_PER_SECOND}/s and still delivers each once`, async () => {
    hooks.status = () => 200;
    const agency = await notify.organization({
      kind: 'agency',
      email: false,
      webhookUrl: hooks.url('/paced'),
    });
    const vendor = await quietPartner();
    await notify.introduce(
      Array.from({ length: 8 }, () => [vendor.organizationId, agency.organizationId] as [string, string]),
    );
    await waitFor('eight paced deliveries', () => callsTo('/paced').length >= 8, 30_000);
    await new Promise((resolve) => setTimeout(resolve, 500));

    const calls = callsTo('/paced');
    const arrivals = calls.map((call) => Number(call.headers['x-3ipet-timestamp-ms-received'] ?? 0));
    expect(calls).toHaveLength(8);
    expect(new Set(calls.map((call) => call.headers['x-3ipet-delivery'])).size).toBe(8);
    const gaps = arrivals.slice(1).map((at, i) => at - arrivals[i]);
    // Arrival times carry each request's own transit jitter (one loaded run saw 189 ms); unpaced they would be ~0.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(1000 / RATE_PER_SECOND - 100);
  });
});
