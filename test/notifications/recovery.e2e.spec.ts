import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeliveryRecovery } from '@3ipet/notifications';
import { InlineJobQueue, JobQueue } from '@3ipet/queue';
import type { TestApp } from '../support/app';
import { factories } from '../support/factories';
import { owedToReceivers } from './support/delivery-expectations';
import { NotificationKit } from './support/notification-kit';
import { SmtpReceiver } from './support/smtp-receiver';
import { bootOnDisk } from './support/on-disk-app';
import { tally, waitFor } from './support/tally';

describe('delivery recovery (pglite on disk, inline queue)', () => {
  const smtp = new SmtpReceiver();
  let dataDir: string;
  let app: TestApp | undefined;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), '3ipet-recovery-'));
    await smtp.start();
  });
  afterAll(async () => {
    await app?.close();
    await smtp.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const statuses = async (target: TestApp) =>
    (await target.dataSource.query(
      `SELECT status, recoveries FROM notification_delivery WHERE channel = 'email'`,
    )) as {
      status: string;
      recoveries: number;
    }[];

  const allAre = (status: string, rows: { status: string }[]) =>
    rows.length === 2 && rows.every((row) => row.status === status);

  it('a retry the in-process queue dropped at shutdown is re-queued at the next start', async () => {
    const env = { SMTP_URL: smtp.url, NOTIFICATION_RETRY_BASE_MS: '3000' };
    const first = await bootOnDisk(dataDir, env);
    const notify = new NotificationKit(first, await factories(first));
    await smtp.stop();
    const vendor = await notify.organization({ kind: 'vendor' });
    const agency = await notify.organization({ kind: 'agency' });
    await notify.introduce([[vendor.organizationId, agency.organizationId]]);
    await waitFor('both e-mails failed once', async () => allAre('failed', await statuses(first)));
    await first.close();

    await smtp.start();
    app = await bootOnDisk(dataDir, env);
    await waitFor('both e-mails sent after the restart', async () => allAre('sent', await statuses(app!)));
    expect(await statuses(app)).toEqual([
      { status: 'sent', recoveries: 1 },
      { status: 'sent', recoveries: 1 },
    ]);
    const owed = await owedToReceivers(app.dataSource);
    expect(tally(owed.emailKeys, smtp.keys())).toMatchObject({
      expected: 2,
      missing: 0,
      duplicates: 0,
      unexpected: 0,
    });
  });

  it('the periodic sweep re-queues a delivery whose job is lost', async () => {
    const target = app!;
    const before = smtp.messages.length;
    const [notification]: { id: string; organization_id: string }[] = await target.dataSource.query(
      `SELECT id, organization_id FROM notification ORDER BY created_at LIMIT 1`,
    );
    // A delivery with no job at all, due three minutes ago: what a lost job leaves behind.
    await target.dataSource.query(
      `INSERT INTO notification_delivery (notification_id, organization_id, channel, target, status, next_attempt_at)
       VALUES ($1, $2, 'email', 'lost', 'queued', now() - interval '3 minutes')`,
      [notification.id, notification.organization_id],
    );
    expect(await target.app.get(DeliveryRecovery).sweep('overdue')).toBe(1);
    await waitFor('the lost delivery sent', () => smtp.messages.length === before + 1);
    expect(await target.app.get(DeliveryRecovery).sweep('overdue')).toBe(0);
  });

  it('the periodic sweep is a job on the wall clock, once a tick across processes', () => {
    const queue = app!.app.get(JobQueue) as InlineJobQueue;
    expect(queue.schedules()).toContainEqual({
      schedulerId: 'notifications-recover-deliveries',
      everyMs: 60_000,
    });
  });
});
