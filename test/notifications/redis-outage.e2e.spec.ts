import type { INestApplicationContext } from '@nestjs/common';
import { databaseLegs } from '../support/database';
import { factories } from '../support/factories';
import { uniqueRedisPrefix } from '../support/redis';
import { MatchingKit, type ProposalFixture } from '../matching/support/matching-kit';
import { deliveryLedger, owedToReceivers } from './support/delivery-expectations';
import { OwnRedis } from './support/processes';
import { type SharedDatabase, sharedDatabase } from './support/shared-database';
import { SmtpReceiver } from './support/smtp-receiver';
import { tally, waitFor } from './support/tally';

const APPROVALS = 20;

/**
 * On PostgreSQL the worker runs through the outage. PGlite serves one process at a time, so there the api
 * approves with Redis down and the worker starts after the restart: the same promise (the approval commits,
 * its notices wait in the outbox), without the worker's side of the outage.
 */
describe.each(databaseLegs())('Redis stopped during approvals, then restarted (%s, BullMQ)', (leg) => {
  const redis = new OwnRedis();
  const smtp = new SmtpReceiver();
  let db: SharedDatabase;
  let worker: INestApplicationContext | undefined;

  beforeAll(async () => {
    await Promise.all([redis.start(), smtp.start()]);
    db = await sharedDatabase(leg, {
      REDIS_URL: redis.url,
      REDIS_PREFIX: uniqueRedisPrefix(),
      SMTP_URL: smtp.url,
    });
  }, 120_000);
  afterAll(async () => {
    await worker?.close();
    await db?.close();
    await Promise.all([redis.remove(), smtp.stop()]);
  }, 120_000);

  it('every approval succeeds while Redis is down, and both sides are told once it is back', async () => {
    if (db.concurrent) worker = await db.startWorker();
    const outage = await db.use(async (api) => {
      const kit = await factories(api);
      const matching = new MatchingKit(api, kit);
      const admin = await kit.newAdmin();
      const proposals: ProposalFixture[] = [];
      for (let i = 0; i < APPROVALS; i += 1) proposals.push(await matching.proposal());

      await redis.stop();
      let slowestMs = 0;
      const answers: [number, string][] = [];
      for (const proposal of proposals) {
        const startedAt = Date.now();
        const approved = await matching.approve(admin, proposal.matchId, proposal.version);
        slowestMs = Math.max(slowestMs, Date.now() - startedAt);
        answers.push([approved.status, approved.body.status]);
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const notifications = (await deliveryLedger(api.dataSource)).notifications;
      return { answers, slowestMs, whileDown: { notifications, mails: smtp.messages.length } };
    });

    await redis.start();
    worker ??= await db.startWorker();
    await waitFor('every side e-mailed', () => new Set(smtp.keys()).size === 2 * APPROVALS, 90_000);
    if (!db.concurrent) {
      await worker.close();
      worker = undefined;
    }
    const { ledger, emails } = await db.use(async (api) => {
      const pending = () =>
        api.dataSource.query(`SELECT 1 FROM notification_delivery WHERE status <> 'sent' LIMIT 1`);
      await waitFor('every delivery recorded as sent', async () => (await pending()).length === 0);
      return {
        ledger: await deliveryLedger(api.dataSource),
        emails: tally((await owedToReceivers(api.dataSource)).emailKeys, smtp.keys()),
      };
    });
    process.stdout.write(
      `[${leg}] redis outage: ${APPROVALS} approvals while down (slowest ${outage.slowestMs} ms); ` +
        `while down ${JSON.stringify(outage.whileDown)}; after recovery e-mails ${JSON.stringify(emails)}\n`,
    );
    expect(outage.answers).toEqual(Array.from({ length: APPROVALS }, () => [200, 'introduced']));
    expect(outage.whileDown).toEqual({ notifications: 0, mails: 0 });
    expect(ledger).toMatchObject({
      notifications: 2 * APPROVALS,
      recordedTwice: 0,
      byChannel: { 'email:sent': 2 * APPROVALS, 'in_app:sent': 2 * APPROVALS },
    });
    expect(emails).toEqual({
      expected: 2 * APPROVALS,
      received: 2 * APPROVALS,
      missing: 0,
      duplicates: 0,
      unexpected: 0,
    });
  }, 180_000);
});
