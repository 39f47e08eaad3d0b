import { rmSync } from 'node:fs';
import { Queue } from 'bullmq';
import { RECORDING_QUEUE } from '@3ipet/notifications';
import { FakeMeilisearchServer } from '@3ipet/search';
import { type TestApp, bootTestApp } from '../support/app';
import { testEnv } from '../support/env';
import { factories } from '../support/factories';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis';
import { NeedsDriver } from '../needs/support/needs-kit';
import { deliveryLedger, owedToReceivers } from '../notifications/support/delivery-expectations';
import { NotificationKit, type NotifiedOrganization } from '../notifications/support/notification-kit';
import {
  type Child,
  compileWorker,
  freePort,
  startApi,
  startWorker,
} from '../notifications/support/processes';
import { SmtpReceiver } from '../notifications/support/smtp-receiver';
import { tally, waitFor } from '../notifications/support/tally';
import { WebhookReceiver } from '../notifications/support/webhook-receiver';

const INTRODUCTIONS = 200;
const ORGANIZATIONS_PER_SIDE = 4;
const LOGIN_LIMIT = 10;

/**
 * Two api processes and two worker processes on one PostgreSQL and one Redis, search through the Meilisearch
 * adapter against its test double (an embedded index is refused in this topology). The test itself holds a
 * third, in-process api that runs no jobs, to set the scene through the real routes. (jest.config runs this
 * only with DATABASE_URL and REDIS_URL.)
 */
describe('scale-out: two apis and two workers on one PostgreSQL and Redis', () => {
  const meili = new FakeMeilisearchServer();
  const smtp = new SmtpReceiver();
  const hooks = new WebhookReceiver();
  const redisPrefix = uniqueRedisPrefix();
  const children: Child[] = [];
  const apiPorts: number[] = [];
  let compiled: string;
  let setup: TestApp;
  let env: Record<string, string>;

  beforeAll(async () => {
    let meiliUrl: string;
    [compiled, meiliUrl] = await Promise.all([compileWorker(), meili.start(), smtp.start(), hooks.start()]);
    env = {
      NODE_ENV: 'test',
      LOG_LEVEL: 'error',
      HOST: '127.0.0.1',
      REDIS_URL: testEnv.redisUrl!,
      REDIS_PREFIX: redisPrefix,
      MEILI_URL: meiliUrl,
      MEILI_MASTER_KEY: 'fake-meilisearch-master-key',
      SMTP_URL: smtp.url,
      // Every api must accept the tokens the others sign.
      JWT_SECRET: 'scale-out-test-secret-of-at-least-32-characters',
      SEED_ON_FIRST_START: 'false',
      OUTBOX_POLL_MS: '100',
      AUTH_RATE_LIMIT_PER_MINUTE: String(LOGIN_LIMIT),
      WEBHOOK_RATE_PER_HOST: '100000',
      WEBHOOK_BURST_PER_HOST: '100000',
    };
    setup = await bootTestApp('postgres', env);
    const shared = { ...env, DATABASE_URL: setup.db.config.env.DATABASE_URL! };
    for (let i = 0; i < 2; i += 1) {
      const port = await freePort();
      apiPorts.push(port);
      children.push(startApi(compiled, { ...shared, PORT: String(port) }));
      children.push(startWorker(compiled, { ...shared, WORKER_HEALTH_PORT: String(await freePort()) }));
    }
    await waitFor(
      'both apis ready',
      async () => (await Promise.all(apiPorts.map((port) => isReady(port)))).every(Boolean),
      120_000,
    ).catch((error: Error) => {
      throw new Error(`${error.message}\n${children.map((child) => child.output()).join('\n')}`);
    });
  }, 180_000);

  afterAll(async () => {
    for (const child of children) child.process.kill('SIGTERM');
    await Promise.all(children.map((child) => child.exited));
    await setup?.close();
    await Promise.all([meili.stop(), smtp.stop(), hooks.stop()]);
    await deleteRedisKeys(testEnv.redisUrl!, redisPrefix);
    if (compiled) rmSync(compiled, { recursive: true, force: true });
  }, 60_000);

  const withOutputs = (error: Error) => {
    throw new Error(`${error.message}\n${children.map((child) => child.output()).join('\n')}`);
  };

  it('shares the login limit across both apis', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_LIMIT + 2; i += 1) {
      const response = await fetch(`http://127.0.0.1:${apiPorts[i % 2]}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'shared-limit@example.org', password: 'not-the-password-1' }),
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array(LOGIN_LIMIT).fill(401), 429, 429]);
  });

  it('relays every outbox row to one job and delivers every notice once, and runs scheduled jobs once a tick', async () => {
    const kit = await factories(setup);
    const needs = new NeedsDriver(setup, kit);
    const agency = await needs.verifiedMember('agency');
    const overdue = await needs.opened(agency);
    await setup.dataSource.query(`UPDATE need SET deadline = now() WHERE id = $1`, [overdue.id]);

    const notify = new NotificationKit(setup, kit);
    const organizations = async (kind: 'vendor' | 'agency'): Promise<NotifiedOrganization[]> => {
      const made: NotifiedOrganization[] = [];
      for (let i = 0; i < ORGANIZATIONS_PER_SIDE; i += 1) {
        made.push(await notify.organization({ kind, webhookUrl: hooks.url(`/${kind}/${i}`) }));
      }
      return made;
    };
    const vendors = await organizations('vendor');
    const agencies = await organizations('agency');
    await notify.introduce(
      Array.from({ length: INTRODUCTIONS }, (_, i): [string, string] => [
        vendors[i % ORGANIZATIONS_PER_SIDE].organizationId,
        agencies[(i + 1) % ORGANIZATIONS_PER_SIDE].organizationId,
      ]),
    );
    await waitFor(
      'every notification recorded and every delivery finished',
      async () =>
        (await notify.notificationCount()) === 2 * INTRODUCTIONS && !(await notify.anyDeliveryPending()),
      60_000,
    ).catch(withOutputs);

    expect(await deliveryLedger(setup.dataSource)).toEqual({
      notifications: 2 * INTRODUCTIONS,
      recordedTwice: 0,
      byChannel: {
        'email:sent': 2 * INTRODUCTIONS,
        'in_app:sent': 2 * INTRODUCTIONS,
        'webhook:sent': 2 * INTRODUCTIONS,
      },
    });
    const owed = await owedToReceivers(setup.dataSource);
    expect(tally(owed.webhookIds, hooks.deliveryIds())).toMatchObject({
      missing: 0,
      duplicates: 0,
      unexpected: 0,
    });
    expect(tally(owed.emailKeys, smtp.keys())).toMatchObject({ missing: 0, duplicates: 0, unexpected: 0 });

    const queue = (name: string) =>
      new Queue(name, { connection: { url: testEnv.redisUrl }, prefix: redisPrefix });
    const recording = queue(RECORDING_QUEUE);
    const maintenance = queue('needs-maintenance');
    try {
      // One job per outbox row, whichever worker's relay claimed it.
      expect(await recording.getJobCounts('completed', 'failed', 'waiting', 'active', 'delayed')).toEqual({
        completed: INTRODUCTIONS,
        failed: 0,
        waiting: 0,
        active: 0,
        delayed: 0,
      });

      // Both workers asked for the need expiry schedule: one scheduler, one job per minute, on the minute.
      await waitFor(
        'the overdue need closed by a scheduled run',
        async () => (await needs.get(agency, overdue.id)).body.closeReason === 'expired',
        65_000,
      ).catch(withOutputs);
      expect(await maintenance.getJobSchedulers()).toHaveLength(1);
      const runs = (await maintenance.getJobs(['completed', 'active', 'failed'])).map((job) => job.id!);
      const ticks = runs.map((id) => Number(id.split(':').pop()));
      expect(runs.length).toBeGreaterThanOrEqual(1);
      expect(new Set(ticks).size).toBe(runs.length);
      for (const tick of ticks) expect(tick % 60_000).toBe(0);
    } finally {
      await Promise.all([recording.close(), maintenance.close()]);
    }
  }, 150_000);
});

const isReady = (port: number): Promise<boolean> =>
  fetch(`http://127.0.0.1:${port}/health/ready`)
    .then((response) => response.ok)
    .catch(() => false);
