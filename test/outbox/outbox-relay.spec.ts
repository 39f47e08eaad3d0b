import { Injectable, Module } from '@nestjs/common';
import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@3ipet/config';
import {
  DatabaseModule,
  OutboxRelay,
  OutboxWriter,
  TransactionRunner,
  claimMessageOnce,
} from '@3ipet/database';
import { InlineJobQueue, JobQueue, JobType, Processor, QueueModule } from '@3ipet/queue';
import type { JobContext } from '@3ipet/queue';
import { DatabaseLegName, TestDatabase, createTestDatabase, databaseLegs } from '../support/database';
import { testEnv } from '../support/env';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis';

@JobType('test.record-effect', { queue: 'outbox-test', attempts: 3, backoffMs: 5 })
class RecordEffectJob {
  constructor(readonly key: string) {}
}

@JobType('test.retry-later', { queue: 'outbox-test', attempts: 5, backoffMs: 60_000 })
class RetryLaterJob {
  constructor(readonly key: string) {}
}

@Injectable()
class EffectConsumer {
  deliveries = 0;
  constructor(private readonly transactions: TransactionRunner) {}

  @Processor(RecordEffectJob)
  async handle(job: RecordEffectJob, context: JobContext): Promise<void> {
    this.deliveries += 1;
    await this.transactions.run(async (manager) => {
      if (!(await claimMessageOnce(manager, 'test.effect', context.jobId))) return;
      await manager.query(`INSERT INTO test_effect (key) VALUES ($1)`, [job.key]);
    });
  }

  @Processor(RetryLaterJob)
  async failFirst(_job: RetryLaterJob, context: JobContext): Promise<void> {
    if (context.attempt === 1) throw new Error('first attempt fails; next one in a minute');
  }
}

@Module({
  imports: [QueueModule.registerJobs([RecordEffectJob, RetryLaterJob])],
  providers: [EffectConsumer],
})
class EffectModule {}

type QueueLeg = 'inline' | 'bullmq';
const queueLegs: QueueLeg[] = testEnv.redisUrl ? ['inline', 'bullmq'] : ['inline'];
const legs = databaseLegs().flatMap((db) =>
  queueLegs.map((queue) => [db, queue] as [DatabaseLegName, QueueLeg]),
);

describe.each(legs)('outbox relay (%s, %s queue)', (dbLeg, queueLeg) => {
  let moduleRef: TestingModule;
  let db: TestDatabase;
  let dataSource: DataSource;
  let relay: OutboxRelay;
  let transactions: TransactionRunner;
  const writer = new OutboxWriter();
  const redisPrefix = uniqueRedisPrefix();

  beforeAll(async () => {
    db = await createTestDatabase(dbLeg);
    moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(db.config),
        DatabaseModule.forRoot({ embeddedDataDir: db.embeddedDataDir, runMigrations: true }),
        queueLeg === 'bullmq'
          ? QueueModule.forRoot({
              driver: 'bullmq',
              redisUrl: testEnv.redisUrl!,
              prefix: redisPrefix,
              processJobs: true,
            })
          : QueueModule.forRoot({ driver: 'inline' }),
        EffectModule,
      ],
    }).compile();
    await moduleRef.init();
    dataSource = moduleRef.get(DataSource);
    relay = moduleRef.get(OutboxRelay);
    transactions = moduleRef.get(TransactionRunner);
    await dataSource.query(`CREATE TABLE test_effect (id serial PRIMARY KEY, key text NOT NULL)`);
  });

  afterAll(async () => {
    await moduleRef.close();
    await db.drop();
    if (queueLeg === 'bullmq') await deleteRedisKeys(testEnv.redisUrl!, redisPrefix);
  });

  const effects = async (): Promise<string[]> =>
    (await dataSource.query(`SELECT key FROM test_effect ORDER BY key`)).map(
      (row: { key: string }) => row.key,
    );

  const settle = async (expectedEffects: number) => {
    await relay.drain();
    const queue = moduleRef.get(JobQueue);
    if (queue instanceof InlineJobQueue) return queue.drain();
    const deadline = Date.now() + 20_000;
    while ((await effects()).length < expectedEffects && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };

  const write = (keys: string[]) =>
    transactions.run((manager) =>
      writer.add(manager, ...keys.map((key) => ({ jobType: 'test.record-effect', payload: { key } }))),
    );

  beforeEach(async () => {
    await dataSource.query(`DELETE FROM test_effect`);
    await dataSource.query(`DELETE FROM outbox_message`);
    relay.hooks = {};
  });

  it('delivers committed rows exactly once and marks them dispatched', async () => {
    await write(['a', 'b', 'c']);
    await settle(3);
    expect(await effects()).toEqual(['a', 'b', 'c']);
    const pending = await dataSource.query(`SELECT id FROM outbox_message WHERE dispatched_at IS NULL`);
    expect(pending).toEqual([]);
  });

  it('delivers nothing for a transaction that rolled back', async () => {
    await expect(
      transactions.run(async (manager) => {
        await writer.add(manager, { jobType: 'test.record-effect', payload: { key: 'ghost' } });
        throw new Error('rejected by a business rule');
      }),
    ).rejects.toThrow('rejected by a business rule');
    await write(['real']);
    await settle(1);
    expect(await effects()).toEqual(['real']);
  });

  it('re-dispatches after a crash between dispatch and mark, and the effect happens once', async () => {
    const consumer = moduleRef.get(EffectConsumer);
    await write(['x', 'y']);
    let crashes = 0;
    relay.hooks.afterDispatch = async () => {
      crashes += 1;
      if (crashes === 1) throw new Error('relay process died');
    };
    await expect(relay.relayOnce()).rejects.toThrow('relay process died');
    const stillPending = await dataSource.query(`SELECT id FROM outbox_message WHERE dispatched_at IS NULL`);
    expect(stillPending).toHaveLength(2);
    await settle(2);
    expect(crashes).toBe(2);
    expect(await effects()).toEqual(['x', 'y']);
    expect(consumer.deliveries).toBeGreaterThanOrEqual(2);
    const dispatched = await dataSource.query(
      `SELECT id FROM outbox_message WHERE dispatched_at IS NOT NULL`,
    );
    expect(dispatched).toHaveLength(2);
  });

  it('keeps a row the queue cannot take, with its error and a later retry time', async () => {
    await transactions.run((manager) =>
      writer.add(
        manager,
        { jobType: 'test.unknown-type', payload: {} },
        { jobType: 'test.record-effect', payload: { key: 'ok' } },
      ),
    );
    await settle(1);
    expect(await effects()).toEqual(['ok']);
    const [kept] = await dataSource.query(
      `SELECT attempts, last_error, available_at > now() AS later, dispatched_at FROM outbox_message WHERE job_type = 'test.unknown-type'`,
    );
    expect(kept).toMatchObject({ attempts: 1, later: true, dispatched_at: null });
    expect(kept.last_error).toMatch(/test.unknown-type/);
  });

  it('gives up on a queue that does not answer, keeping the rows and freeing the transaction', async () => {
    await write(['late']);
    relay.queueAddTimeoutMs = 150;
    // What a BullMQ client does while Redis is gone: the command waits for it to come back.
    const silent = jest
      .spyOn(moduleRef.get(JobQueue), 'addBulk')
      .mockReturnValueOnce(new Promise<void>(() => undefined));
    try {
      const started = Date.now();
      expect(await relay.relayOnce()).toBe(0);
      expect(Date.now() - started).toBeLessThan(5000);
    } finally {
      silent.mockRestore();
      relay.queueAddTimeoutMs = 10_000;
    }
    const [kept] = await dataSource.query(
      `SELECT attempts, last_error, dispatched_at FROM outbox_message WHERE payload->>'key' = 'late'`,
    );
    expect(kept).toMatchObject({ attempts: 1, dispatched_at: null });
    expect(kept.last_error).toMatch(/timed out after 150 ms/);

    await dataSource.query(`UPDATE outbox_message SET available_at = now()`);
    await settle(1);
    expect(await effects()).toEqual(['late']);
  });

  it('the idempotency claim lets a consumer apply a redelivered message once', async () => {
    const consumer = moduleRef.get(EffectConsumer);
    const context = {
      jobId: 'outbox-redelivered',
      jobType: 'test.record-effect',
      queue: 'outbox-test',
      attempt: 1,
      maxAttempts: 3,
    };
    await consumer.handle(Object.assign(Object.create(RecordEffectJob.prototype), { key: 'once' }), context);
    await consumer.handle(Object.assign(Object.create(RecordEffectJob.prototype), { key: 'once' }), context);
    expect(await effects()).toEqual(['once']);
  });

  if (queueLeg === 'inline') {
    // Runs last: it shuts the queue down.
    it('returns jobs the in-process queue dropped at shutdown to the outbox', async () => {
      await transactions.run((manager) =>
        writer.add(manager, { jobType: 'test.retry-later', payload: { key: 'later' } }),
      );
      await relay.drain();
      await new Promise((resolve) => setTimeout(resolve, 100));
      const [before] = await dataSource.query(
        `SELECT dispatched_at FROM outbox_message WHERE job_type = 'test.retry-later'`,
      );
      expect(before.dispatched_at).not.toBeNull();

      await moduleRef.get(InlineJobQueue).close();
      await relay.beforeApplicationShutdown();

      const [after] = await dataSource.query(
        `SELECT dispatched_at FROM outbox_message WHERE job_type = 'test.retry-later'`,
      );
      expect(after.dispatched_at).toBeNull();
    });
  }
});
