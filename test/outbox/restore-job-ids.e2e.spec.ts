import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { OutboxWriter, TransactionRunner } from '@3ipet/database';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { type TestApp, bootTestApp } from '../support/app';
import { testEnv } from '../support/env';
import { factories } from '../support/factories';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis';
import { NotificationKit } from '../notifications/support/notification-kit';
import { waitFor } from '../notifications/support/tally';
import { WebhookReceiver } from '../notifications/support/webhook-receiver';

const APPROVALS = 8;

/**
 * A PostgreSQL backup restored beside the Redis that kept running: the restored database counts its serial
 * ids again from the backup's, and Redis still holds the completed jobs of the time after the backup. Every
 * approval after the restore must still reach both sides. (jest.config runs this only with DATABASE_URL and
 * REDIS_URL.)
 */
describe('restoring a PostgreSQL backup beside the same Redis (PostgreSQL, BullMQ)', () => {
  const hooks = new WebhookReceiver();
  const redisPrefix = uniqueRedisPrefix();
  const snapshotName = `t3ipet_snap_${Date.now().toString(36)}`;
  let first: TestApp;
  let databaseName: string;

  const admin = async (sql: string) => {
    const client = new Client({ connectionString: testEnv.databaseUrl });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };

  beforeAll(async () => {
    await hooks.start();
    first = await bootTestApp('postgres', {
      REDIS_URL: testEnv.redisUrl!,
      REDIS_PREFIX: redisPrefix,
      RUN_WORKER_IN_API: 'true',
      OUTBOX_POLL_MS: '100',
    });
    databaseName = new URL(first.db.config.env.DATABASE_URL!).pathname.slice(1);
  });
  afterAll(async () => {
    await first?.db.drop();
    await admin(`DROP DATABASE IF EXISTS ${snapshotName} WITH (FORCE)`);
    await hooks.stop();
    await deleteRedisKeys(testEnv.redisUrl!, redisPrefix);
  });

  /** Boots the api on the same database again (and the same Redis prefix). */
  const reboot = (): Promise<NestFastifyApplication> =>
    createApiApp(first.db.config, { runMigrations: true });

  const approve = async (app: NestFastifyApplication, pairs: [string, string][]) => {
    await app.get(TransactionRunner).run((manager) =>
      app.get(OutboxWriter).add(
        manager,
        ...pairs.map(([vendor, agency]) => ({
          jobType: 'notifications.match-event',
          payload: { matchId: crypto.randomUUID(), event: 'introduced', organizationIds: [agency, vendor] },
        })),
      ),
    );
  };

  const sentWebhooks = async (dataSource: DataSource): Promise<number> => {
    const [row]: { count: number }[] = await dataSource.query(
      `SELECT count(*)::int AS count FROM notification_delivery WHERE channel = 'webhook' AND status = 'sent'`,
    );
    return row.count;
  };

  it('delivers every notice of the approvals made after the restore', async () => {
    const kit = new NotificationKit(first, await factories(first));
    const vendor = await kit.organization({ kind: 'vendor', email: false, webhookUrl: hooks.url('/vendor') });
    const agency = await kit.organization({ kind: 'agency', email: false, webhookUrl: hooks.url('/agency') });
    const pairs = Array.from({ length: APPROVALS }, (): [string, string] => [
      vendor.organizationId,
      agency.organizationId,
    ]);
    await first.app.close();
    await admin(`CREATE DATABASE ${snapshotName} TEMPLATE ${databaseName}`);

    const beforeRestore = await reboot();
    await approve(beforeRestore, pairs);
    await waitFor(
      'the approvals before the restore delivered',
      async () => (await sentWebhooks(beforeRestore.get(DataSource))) === 2 * APPROVALS,
      30_000,
    );
    await beforeRestore.close();
    expect(hooks.calls).toHaveLength(2 * APPROVALS);

    await admin(`DROP DATABASE ${databaseName} WITH (FORCE)`);
    await admin(`CREATE DATABASE ${databaseName} TEMPLATE ${snapshotName}`);

    const afterRestore = await reboot();
    try {
      await approve(afterRestore, pairs);
      await waitFor(
        'the approvals after the restore delivered',
        async () => (await sentWebhooks(afterRestore.get(DataSource))) === 2 * APPROVALS,
        30_000,
      );
    } finally {
      await afterRestore.close();
    }
    expect(hooks.calls).toHaveLength(4 * APPROVALS);
    expect(new Set(hooks.deliveryIds()).size).toBe(4 * APPROVALS);
  }, 120_000);
});
