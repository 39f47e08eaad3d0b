import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { TestApp, bootTestApp } from '../support/app';
import { testEnv } from '../support/env';
import { factories } from '../support/factories';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis';
import { MatchingKit, expectStatus } from '../matching/support/matching-kit';
import { waitFor } from '../notifications/support/tally';
import { ConversationKit } from './support/conversation-kit';
import { digestsOf, passWindow } from './support/digests';

/**
 * Two processes running jobs on one PostgreSQL and one BullMQ (each schedules the digest run every second, as
 * every worker does at boot): a thread's digest is still e-mailed once. (jest.config runs this only with
 * DATABASE_URL and REDIS_URL.)
 */
describe('conversation digests with two workers (postgres, bullmq)', () => {
  const redisPrefix = uniqueRedisPrefix();
  let app: TestApp;
  let second: NestFastifyApplication;

  beforeAll(async () => {
    app = await bootTestApp('postgres', {
      REDIS_URL: testEnv.redisUrl!,
      REDIS_PREFIX: redisPrefix,
      RUN_WORKER_IN_API: 'true',
      OUTBOX_POLL_MS: '100',
      MESSAGE_DIGEST_MINUTES: '10',
      MESSAGE_DIGEST_CHECK_MS: '1000',
    });
    second = await createApiApp(app.db.config);
  });
  afterAll(async () => {
    await second?.close();
    await app?.close();
    await deleteRedisKeys(testEnv.redisUrl!, redisPrefix);
  });

  it('e-mails the window’s messages in one digest, and the next window in another', async () => {
    const kit = await factories(app);
    const matching = new MatchingKit(app, kit);
    const talk = new ConversationKit(app);
    const { vendor, agency, matchId } = await matching.introduced(await kit.newAdmin());
    for (const text of ['One', 'Two', 'Three']) expectStatus(await talk.post(agency, matchId, text), 201);
    await passWindow(app, matchId, 10);

    await waitFor(
      'the first digest sent',
      async () => (await digestsOf(app, matchId))[0]?.email === 'sent',
      20_000,
    );
    expectStatus(await talk.post(agency, matchId, 'Four'), 201);
    // Several ticks of both schedulers: the new message's window is open, the first digest is not sent again.
    await new Promise((resolve) => setTimeout(resolve, 3500));
    const first = await digestsOf(app, matchId);
    expect(first).toHaveLength(1);
    expect(first[0].organizationId).toBe(vendor.organizationId);
    expect(first[0].payload.messages.map((m) => m.excerpt)).toEqual(['One', 'Two', 'Three']);

    await passWindow(app, matchId, 10);
    await waitFor(
      'the second digest sent',
      async () => (await digestsOf(app, matchId))[1]?.email === 'sent',
      20_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 2500));
    const both = await digestsOf(app, matchId);
    expect(both).toHaveLength(2);
    expect(both[1].payload.messages.map((m) => m.excerpt)).toEqual(['Four']);
    const [{ emails }] = await app.dataSource.query(
      `SELECT count(*)::int AS emails FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
        WHERE d.channel = 'email' AND n.payload->>'matchId' = $1 AND n.kind = 'match.messages-digest'`,
      [matchId],
    );
    expect(emails).toBe(2);
  }, 90_000);
});
