import { rmSync } from 'node:fs';
import { FakeMeilisearchServer } from '@3ipet/search';
import { databaseLegs } from '../support/database';
import { samplesOf } from '../support/prometheus';
import { factories } from '../support/factories';
import { uniqueRedisPrefix } from '../support/redis';
import { deliveryLedger, owedToReceivers } from './support/delivery-expectations';
import { NotificationKit, type NotifiedOrganization } from './support/notification-kit';
import { type Child, OwnRedis, compileWorker, freePort, startWorker } from './support/processes';
import { type SharedDatabase, sharedDatabase } from './support/shared-database';
import { SmtpReceiver } from './support/smtp-receiver';
import { tally, waitFor } from './support/tally';
import { WebhookReceiver } from './support/webhook-receiver';

/** 250 introductions → 500 notifications → 1,000 deliveries (an e-mail and a webhook each). */
const INTRODUCTIONS = 250;
const NOTIFICATIONS = 2 * INTRODUCTIONS;
const DELIVERIES = 2 * NOTIFICATIONS;
/** BullMQ runs 5 jobs at once per queue (the driver's default): at most that many were in flight at the kill. */
const IN_FLIGHT_AT_MOST = 5;

describe.each(databaseLegs())(
  'worker killed with SIGKILL in the middle of 1,000 deliveries (%s, BullMQ)',
  (leg) => {
    const redis = new OwnRedis();
    const smtp = new SmtpReceiver();
    const hooks = new WebhookReceiver();
    // Separate workers need a shared search engine (an embedded index is refused there): the test double.
    const meili = new FakeMeilisearchServer();
    const workers: Child[] = [];
    /** Each launched worker's health port, where it serves its metrics. */
    const healthPorts = new Map<Child, number>();
    let compiled: string;
    let db: SharedDatabase;
    let env: Record<string, string>;

    beforeAll(async () => {
      let meiliUrl: string;
      [compiled, meiliUrl] = await Promise.all([
        compileWorker(),
        meili.start(),
        redis.start(),
        smtp.start(),
        hooks.start(),
      ]);
      env = {
        REDIS_URL: redis.url,
        REDIS_PREFIX: uniqueRedisPrefix(),
        SMTP_URL: smtp.url,
        MEILI_URL: meiliUrl,
        MEILI_MASTER_KEY: 'fake-meilisearch-master-key',
      };
      db = await sharedDatabase(leg, env);
    }, 120_000);
    afterAll(async () => {
      for (const worker of workers) worker.process.kill('SIGKILL');
      await db?.close();
      await Promise.all([redis.remove(), smtp.stop(), hooks.stop(), meili.stop()]);
      if (compiled) rmSync(compiled, { recursive: true, force: true });
    }, 120_000);

    const launch = async () => {
      const healthPort = await freePort();
      const worker = startWorker(compiled, {
        ...env,
        ...db.workerEnv,
        NODE_ENV: 'test',
        LOG_LEVEL: 'error',
        HOST: '127.0.0.1',
        WORKER_HEALTH_PORT: String(healthPort),
        SEED_ON_FIRST_START: 'false',
        OUTBOX_POLL_MS: '100',
        WEBHOOK_RATE_PER_HOST: '100000',
        WEBHOOK_BURST_PER_HOST: '100000',
      });
      workers.push(worker);
      healthPorts.set(worker, healthPort);
      return worker;
    };
    const withOutput = (worker: Child) => (error: Error) => {
      throw new Error(`${error.message}\n${worker.output()}`);
    };

    it('loses nothing; duplicates only from jobs in flight at the kill, each carrying its delivery id', async () => {
      await db.use(async (api) => {
        const notify = new NotificationKit(api, await factories(api));
        const vendors: NotifiedOrganization[] = [];
        const agencies: NotifiedOrganization[] = [];
        for (let i = 0; i < 10; i += 1) {
          vendors.push(await notify.organization({ kind: 'vendor', webhookUrl: hooks.url(`/v${i}`) }));
          agencies.push(await notify.organization({ kind: 'agency', webhookUrl: hooks.url(`/a${i}`) }));
        }
        await notify.introduce(
          Array.from({ length: INTRODUCTIONS }, (_, i) => [
            vendors[i % 10].organizationId,
            agencies[(i * 7) % 10].organizationId,
          ]),
        );
      });
      const received = () => smtp.messages.length + hooks.calls.length;

      const first = await launch();
      await waitFor('the first worker delivered 40 %', () => received() >= DELIVERIES * 0.4, 90_000).catch(
        withOutput(first),
      );
      first.process.kill('SIGKILL');
      await first.exited;
      const atKill = received();

      const second = await launch();
      await waitFor(
        'every message received after the restart',
        () =>
          new Set(hooks.deliveryIds()).size === NOTIFICATIONS && new Set(smtp.keys()).size === NOTIFICATIONS,
        100_000,
      ).catch(withOutput(second));
      // A job in flight at the kill may have sent its message without recording it: BullMQ hands such a stalled
      // job to the new worker once its lock expires (up to a minute), which sends it again and records it.
      await waitFor(
        'no delivery job active or waiting',
        async () => (await jobsActiveOrWaiting(healthPorts.get(second)!)) === 0,
        100_000,
      ).catch(withOutput(second));
      second.process.kill('SIGTERM');
      const stopped = await second.exited;

      const { ledger, webhooks, emails } = await db.use(async (api) => {
        const owed = await owedToReceivers(api.dataSource);
        return {
          ledger: await deliveryLedger(api.dataSource),
          webhooks: tally(owed.webhookIds, hooks.deliveryIds()),
          emails: tally(owed.emailKeys, smtp.keys()),
        };
      });
      process.stdout.write(
        `[${leg}] worker kill: ${atKill} of ${DELIVERIES} messages received before SIGKILL; ` +
          `webhooks ${JSON.stringify(webhooks)}; e-mails ${JSON.stringify(emails)}; ` +
          `duplicates at the receivers: ${webhooks.duplicates + emails.duplicates}\n`,
      );
      expect([0, 'SIGTERM']).toContain(stopped);
      expect(atKill).toBeLessThan(DELIVERIES);
      expect(ledger).toEqual({
        notifications: NOTIFICATIONS,
        recordedTwice: 0,
        byChannel: {
          'email:sent': NOTIFICATIONS,
          'in_app:sent': NOTIFICATIONS,
          'webhook:sent': NOTIFICATIONS,
        },
      });
      expect([webhooks.missing, emails.missing, webhooks.unexpected, emails.unexpected]).toEqual([
        0, 0, 0, 0,
      ]);
      expect(webhooks.duplicates + emails.duplicates).toBeLessThanOrEqual(IN_FLIGHT_AT_MOST);
    }, 300_000);
  },
);

/** Jobs active or waiting in every queue of a worker, from its metrics (scheduled jobs wait as delayed ones). */
async function jobsActiveOrWaiting(healthPort: number): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${healthPort}/metrics`)).text();
  const counts = [...samplesOf(text)].filter(
    ([sample]) => sample.startsWith('ipet_queue_jobs{') && /state="(active|waiting)"/.test(sample),
  );
  if (counts.length === 0)
    throw new Error(`no queue counts in the worker's metrics:\n${text.slice(0, 2000)}`);
  return counts.reduce((sum, [, count]) => sum + count, 0);
}
