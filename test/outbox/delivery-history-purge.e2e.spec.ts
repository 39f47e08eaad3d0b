import { Test, TestingModule } from '@nestjs/testing';
import { DataSource } from 'typeorm';
import { ConfigModule } from '@3ipet/config';
import {
  DELIVERY_HISTORY_PURGE_SCHEDULE,
  DatabaseModule,
  DeliveryHistoryPurge,
  OutboxRelay,
  PurgeDeliveryHistoryJob,
} from '@3ipet/database';
import { InlineJobQueue, JobQueue, QueueModule } from '@3ipet/queue';
import { TestDatabase, createTestDatabase, databaseLegs } from '../support/database';

const DAY_MS = 24 * 3600_000;

describe.each(databaseLegs())('delivery history purge (%s)', (leg) => {
  let moduleRef: TestingModule;
  let db: TestDatabase;
  let dataSource: DataSource;
  let purge: DeliveryHistoryPurge;
  let scheduled: jest.SpyInstance;
  const now = new Date();
  const daysAgo = (days: number) => new Date(now.getTime() - days * DAY_MS);

  beforeAll(async () => {
    db = await createTestDatabase(leg);
    moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(db.config),
        // A process that runs jobs: the relay starts, and the purge is scheduled.
        DatabaseModule.forRoot({
          embeddedDataDir: db.embeddedDataDir,
          runMigrations: true,
          runOutboxRelay: true,
        }),
        QueueModule.forRoot({ driver: 'inline' }),
      ],
    }).compile();
    scheduled = jest.spyOn(moduleRef.get(JobQueue), 'schedule');
    await moduleRef.init();
    dataSource = moduleRef.get(DataSource);
    purge = moduleRef.get(DeliveryHistoryPurge);
  });

  afterAll(async () => {
    await moduleRef.close();
    await db.drop();
  });

  // The job type names the row here; the relay never sees these rows (they are dispatched, or due in a year).
  const outboxRow = (label: string, dispatchedAt: Date | null) =>
    dataSource.query(
      `INSERT INTO outbox_message (job_type, payload, dispatched_at, available_at)
       VALUES ($1, '{}', $2, now() + interval '1 year')`,
      [label, dispatchedAt],
    );
  const processed = (key: string, at: Date) =>
    dataSource.query(
      `INSERT INTO processed_message (consumer, message_key, processed_at) VALUES ('test', $1, $2)`,
      [key, at],
    );
  const keys = async (sql: string) =>
    ((await dataSource.query(sql)) as { key: string }[]).map((row) => row.key);

  it('deletes dispatched outbox rows past a week and handled-message records past a month, nothing else', async () => {
    await outboxRow('dispatched-8-days-ago', daysAgo(8));
    await outboxRow('dispatched-6-days-ago', daysAgo(6));
    await outboxRow('pending-created-long-ago', null);
    await processed('handled-31-days-ago', daysAgo(31));
    await processed('handled-29-days-ago', daysAgo(29));

    await expect(purge.purge(now)).resolves.toEqual({ outboxRows: 1, processedMessages: 1 });

    await expect(keys(`SELECT job_type AS key FROM outbox_message ORDER BY job_type`)).resolves.toEqual([
      'dispatched-6-days-ago',
      'pending-created-long-ago',
    ]);
    await expect(
      keys(`SELECT message_key AS key FROM processed_message ORDER BY message_key`),
    ).resolves.toEqual(['handled-29-days-ago']);
  });

  it('works through a backlog larger than one batch', async () => {
    await dataSource.query(
      `INSERT INTO processed_message (consumer, message_key, processed_at)
       SELECT 'backlog', 'old-' || n, $1 FROM generate_series(1, 12001) AS n`,
      [daysAgo(60)],
    );
    await expect(purge.purge(now)).resolves.toEqual({ outboxRows: 0, processedMessages: 12_001 });
    const [{ left }] = await dataSource.query(
      `SELECT count(*)::int AS left FROM processed_message WHERE consumer = 'backlog'`,
    );
    expect(left).toBe(0);
  });

  it('runs as an hourly job where jobs run', async () => {
    expect(DELIVERY_HISTORY_PURGE_SCHEDULE).toEqual({ everyMs: 3_600_000 });
    expect(scheduled).toHaveBeenCalledWith(
      'database-purge-delivery-history',
      expect.any(PurgeDeliveryHistoryJob),
      DELIVERY_HISTORY_PURGE_SCHEDULE,
    );
    await processed('handled-40-days-ago', daysAgo(40));
    const queue = moduleRef.get(JobQueue) as InlineJobQueue;
    await queue.add(new PurgeDeliveryHistoryJob());
    await queue.drain();
    await expect(
      keys(`SELECT message_key AS key FROM processed_message WHERE message_key = 'handled-40-days-ago'`),
    ).resolves.toEqual([]);
    expect(moduleRef.get(OutboxRelay).autoStart).toBe(true);
  });
});
