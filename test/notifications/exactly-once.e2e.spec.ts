import { type TestApp, bootTestApp } from '../support/app';
import { type DatabaseLegName, databaseLegs } from '../support/database';
import { testEnv } from '../support/env';
import { factories } from '../support/factories';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis';
import { deliveryLedger, owedToReceivers } from './support/delivery-expectations';
import { NotificationKit, type NotifiedOrganization } from './support/notification-kit';
import { SmtpReceiver } from './support/smtp-receiver';
import { tally, waitFor } from './support/tally';
import { WebhookReceiver } from './support/webhook-receiver';

const INTRODUCTIONS = 1000;
const ORGANIZATIONS_PER_SIDE = 8;
type QueueLeg = 'inline' | 'bullmq';
/**
 * Inline on every database; BullMQ (when REDIS_URL is set) on PostgreSQL when there is one, as in production.
 */
const legs: [DatabaseLegName, QueueLeg][] = [
  ...databaseLegs().map((db): [DatabaseLegName, QueueLeg] => [db, 'inline']),
  ...(testEnv.redisUrl
    ? [[testEnv.databaseUrl ? 'postgres' : 'pglite', 'bullmq'] as [DatabaseLegName, QueueLeg]]
    : []),
];

/** 1,000 introductions through the real outbox → queue → channels path: every delivery exactly once. */
describe.each(legs)(
  '1,000 introductions, each side told once per channel (%s, %s queue)',
  (dbLeg, queueLeg) => {
    const smtp = new SmtpReceiver();
    const hooks = new WebhookReceiver();
    const redisPrefix = uniqueRedisPrefix();
    let app: TestApp;

    beforeAll(async () => {
      await Promise.all([smtp.start(), hooks.start()]);
      app = await bootTestApp(dbLeg, {
        SMTP_URL: smtp.url,
        WEBHOOK_RATE_PER_HOST: '100000',
        WEBHOOK_BURST_PER_HOST: '100000',
        ...(queueLeg === 'bullmq'
          ? { REDIS_URL: testEnv.redisUrl!, REDIS_PREFIX: redisPrefix, RUN_WORKER_IN_API: 'true' }
          : {}),
      });
    });
    afterAll(async () => {
      await app?.close();
      await Promise.all([smtp.stop(), hooks.stop()]);
      if (queueLeg === 'bullmq') await deleteRedisKeys(testEnv.redisUrl!, redisPrefix);
    });

    it('records one delivery per (notification, channel) and the receivers get each once', async () => {
      const notify = new NotificationKit(app, await factories(app));
      const organizations = async (kind: 'vendor' | 'agency'): Promise<NotifiedOrganization[]> => {
        const made: NotifiedOrganization[] = [];
        for (let i = 0; i < ORGANIZATIONS_PER_SIDE; i += 1) {
          const locales = i % 4 === 0 ? ['en', 'zh'] : [kind === 'vendor' ? 'zh' : 'en'];
          made.push(await notify.organization({ kind, locales, webhookUrl: hooks.url(`/${kind}/${i}`) }));
        }
        return made;
      };
      const vendors = await organizations('vendor');
      const agencies = await organizations('agency');
      const pairs = Array.from({ length: INTRODUCTIONS }, (_, i) => [
        vendors[i % ORGANIZATIONS_PER_SIDE].organizationId,
        agencies[(i * 3 + 1) % ORGANIZATIONS_PER_SIDE].organizationId,
      ]) as [string, string][];

      const startedAt = Date.now();
      await notify.introduce(pairs);
      await waitFor(
        'every notification recorded and every delivery finished',
        async () =>
          (await notify.notificationCount()) === 2 * INTRODUCTIONS && !(await notify.anyDeliveryPending()),
        // Correctness, not speed (bench/notifications-throughput.bench.ts measures that): PGlite on a loaded CI
        // machine needed more than 150 s for the 2,000 introductions.
        300_000,
      );
      const elapsedMs = Date.now() - startedAt;

      const ledger = await deliveryLedger(app.dataSource);
      const owed = await owedToReceivers(app.dataSource);
      const webhooks = tally(owed.webhookIds, hooks.deliveryIds());
      const emails = tally(owed.emailKeys, smtp.keys());
      process.stdout.write(
        `[${dbLeg}, ${queueLeg}] ${INTRODUCTIONS} introductions → ${ledger.notifications} notifications in ${elapsedMs} ms; ` +
          `webhooks ${JSON.stringify(webhooks)}; e-mails ${JSON.stringify(emails)}\n`,
      );
      expect(ledger).toEqual({
        notifications: 2 * INTRODUCTIONS,
        recordedTwice: 0,
        byChannel: {
          'email:sent': 2 * INTRODUCTIONS,
          'in_app:sent': 2 * INTRODUCTIONS,
          'webhook:sent': 2 * INTRODUCTIONS,
        },
      });
      expect(webhooks).toEqual({
        expected: 2 * INTRODUCTIONS,
        received: 2 * INTRODUCTIONS,
        missing: 0,
        duplicates: 0,
        unexpected: 0,
      });
      expect(emails).toMatchObject({ missing: 0, duplicates: 0, unexpected: 0 });
      expect(emails.expected).toBeGreaterThan(2 * INTRODUCTIONS);
    }, 420_000);
  },
);
