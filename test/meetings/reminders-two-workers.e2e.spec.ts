import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { testEnv } from '../support/env';
import { factories } from '../support/factories';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis';
import { waitFor } from '../notifications/support/tally';
import { type SharedDatabase, sharedDatabase } from '../notifications/support/shared-database';
import { MeetingsKit } from './support/meetings-kit';

/** Only where PostgreSQL and Redis are given: two worker processes need a database both can open at once. */
const bullmqLegs = testEnv.redisUrl && testEnv.databaseUrl ? ['postgres'] : [];

for (const bullmqLeg of bullmqLegs)
  describe(`meeting reminders with two workers on BullMQ (${bullmqLeg})`, () => {
    const redisPrefix = uniqueRedisPrefix();
    let db: SharedDatabase;
    const workers: INestApplicationContext[] = [];

    beforeAll(async () => {
      db = await sharedDatabase('postgres', {
        REDIS_URL: testEnv.redisUrl!,
        REDIS_PREFIX: redisPrefix,
        MEETING_REMINDER_CHECK_INTERVAL_MS: '1000',
      });
    }, 120_000);
    afterAll(async () => {
      for (const worker of workers) await worker.close();
      await db?.close();
      await deleteRedisKeys(testEnv.redisUrl!, redisPrefix);
    }, 120_000);

    it('checks once per tick however many workers run, and reminds each side once', async () => {
      await db.use(async (api) => {
        const kit = await factories(api);
        const meetings = new MeetingsKit(api, kit);
        const { eventId } = await meetings.bookedEvent(await kit.newAdmin());
        const a = await meetings.participant(eventId);
        const b = await meetings.participant(eventId, 'agency');
        const booked = await meetings.meet(a, b, eventId);
        await api.dataSource.query(
          `UPDATE meeting SET slot_start = now() + interval '20 minutes', slot_end = now() + interval '50 minutes'
            WHERE id = $1`,
          [booked.id],
        );
        const reminders = async () =>
          (await api.dataSource.query(
            `SELECT organization_id FROM notification WHERE kind = 'meeting.reminder' AND payload->>'meetingId' = $1`,
            [booked.id],
          )) as { organization_id: string }[];

        const startedAt = Date.now();
        workers.push(await db.startWorker(), await db.startWorker());
        await waitFor('both sides reminded', async () => (await reminders()).length === 2, 30_000);
        await new Promise((resolve) => setTimeout(resolve, 3500));
        expect((await reminders()).map((r) => r.organization_id).sort()).toEqual(
          [a.organizationId, b.organizationId].sort(),
        );

        const queue = new Queue('meetings-maintenance', {
          connection: { url: testEnv.redisUrl! },
          prefix: redisPrefix,
        });
        try {
          const runs = await queue.getJobs(['completed', 'active', 'failed']);
          const elapsedTicks = Math.ceil((Date.now() - startedAt) / 1000);
          expect(runs.length).toBeGreaterThanOrEqual(3);
          expect(runs.length).toBeLessThanOrEqual(elapsedTicks + 1);
          expect(new Set(runs.map((job) => job.timestamp)).size).toBe(runs.length);
        } finally {
          await queue.close();
        }
      });
    }, 120_000);
  });
