import { type TestApp, bootTestApp } from '../support/app';
import { type DatabaseLegName } from '../support/database';
import { testEnv } from '../support/env';
import { type Factories, factories } from '../support/factories';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis';
import { owedToReceivers } from './support/delivery-expectations';
import { NotificationKit, type NotifiedOrganization } from './support/notification-kit';
import { SmtpReceiver } from './support/smtp-receiver';
import { tally, waitFor } from './support/tally';

const MAX_ATTEMPTS = 6;
type QueueLeg = 'inline' | 'bullmq';
const legs: [DatabaseLegName, QueueLeg][] = [
  ['pglite', 'inline'],
  ...(testEnv.redisUrl
    ? [[testEnv.databaseUrl ? 'postgres' : 'pglite', 'bullmq'] as [DatabaseLegName, QueueLeg]]
    : []),
];

describe.each(legs)('SMTP server down, then up (%s, %s queue)', (dbLeg, queueLeg) => {
  const smtp = new SmtpReceiver();
  const redisPrefix = uniqueRedisPrefix();
  let app: TestApp;
  let kit: Factories;
  let notify: NotificationKit;

  beforeAll(async () => {
    await smtp.start();
    app = await bootTestApp(dbLeg, {
      SMTP_URL: smtp.url,
      NOTIFICATION_MAX_ATTEMPTS: String(MAX_ATTEMPTS),
      NOTIFICATION_RETRY_BASE_MS: '300',
      ...(queueLeg === 'bullmq'
        ? { REDIS_URL: testEnv.redisUrl!, REDIS_PREFIX: redisPrefix, RUN_WORKER_IN_API: 'true' }
        : {}),
    });
    kit = await factories(app);
    notify = new NotificationKit(app, kit);
  });
  afterAll(async () => {
    await app?.close();
    await smtp.stop();
    if (queueLeg === 'bullmq') await deleteRedisKeys(testEnv.redisUrl!, redisPrefix);
  });

  async function introductions(count: number): Promise<void> {
    const pairs: [string, string][] = [];
    for (let i = 0; i < count; i += 1) {
      const vendor: NotifiedOrganization = await notify.organization({ kind: 'vendor', locales: ['zh'] });
      const agency = await notify.organization({ kind: 'agency', locales: ['en'] });
      pairs.push([vendor.organizationId, agency.organizationId]);
    }
    await notify.introduce(pairs);
  }

  const emailStatuses = async (): Promise<Record<string, number>> =>
    Object.fromEntries(
      Object.entries(await notify.deliveryCounts())
        .filter(([key]) => key.startsWith('email:'))
        .map(([key, count]) => [key.slice('email:'.length), count]),
    );

  it('retries while the server is down and delivers every message once it is back', async () => {
    await smtp.stop();
    await introductions(10);
    await waitFor('every e-mail failed once', async () => (await emailStatuses()).failed === 20, 30_000);
    await smtp.start();
    await waitFor('every e-mail sent', async () => (await emailStatuses()).sent === 20, 60_000);

    const retried: { attempts: number }[] = await app.dataSource.query(
      `SELECT attempts FROM notification_delivery WHERE channel = 'email'`,
    );
    expect(retried.every((row) => row.attempts >= 2 && row.attempts < MAX_ATTEMPTS)).toBe(true);
    const owed = await owedToReceivers(app.dataSource);
    expect(tally(owed.emailKeys, smtp.keys())).toEqual({
      expected: 20,
      received: 20,
      missing: 0,
      duplicates: 0,
      unexpected: 0,
    });
  }, 120_000);

  it('after the last attempt a delivery is dead, listed for admins, and an admin retry delivers it', async () => {
    const admin = await kit.newAdmin();
    await smtp.stop();
    await introductions(3);
    await waitFor('six e-mail deliveries dead', async () => (await emailStatuses()).dead === 6, 60_000);

    const dead = await app.request({
      method: 'GET',
      url: '/api/v1/admin/deliveries?status=dead&channel=email',
      token: admin.token,
    });
    expect(dead.status).toBe(200);
    expect(dead.body.total).toBe(6);
    for (const item of dead.body.items) {
      expect(item).toMatchObject({
        status: 'dead',
        attempts: MAX_ATTEMPTS,
        maxAttempts: MAX_ATTEMPTS,
        round: 1,
        channel: 'email',
      });
      expect(item.lastError).toMatch(/ECONNREFUSED/);
    }

    await smtp.start();
    for (const item of dead.body.items) {
      const retried = await app.request({
        method: 'POST',
        url: `/api/v1/admin/deliveries/${item.id}/retry`,
        token: admin.token,
      });
      expect(retried.status).toBe(200);
      expect(retried.body).toMatchObject({ id: item.id, status: 'queued', attempts: 0, round: 2 });
    }
    const again = await app.request({
      method: 'POST',
      url: `/api/v1/admin/deliveries/${dead.body.items[0].id}/retry`,
      token: admin.token,
    });
    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      status: 409,
      deliveryStatus: expect.stringMatching(/^(queued|sent)$/),
    });

    await waitFor('the retried e-mails sent', async () => (await emailStatuses()).sent === 26, 60_000);
    const owed = await owedToReceivers(app.dataSource);
    expect(tally(owed.emailKeys, smtp.keys())).toMatchObject({
      expected: 26,
      missing: 0,
      duplicates: 0,
      unexpected: 0,
    });
    const audit: { count: number }[] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM audit_entry WHERE action = 'delivery.retried' AND actor_id = $1`,
      [admin.userId],
    );
    expect(audit[0].count).toBe(6);
  }, 120_000);
});
