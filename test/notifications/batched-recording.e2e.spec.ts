import { randomUUID } from 'node:crypto';
import { NotificationRecorder } from '@3ipet/notifications';
import { type TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { factories } from '../support/factories';
import { NotificationKit, type NotifiedOrganization } from './support/notification-kit';

/** Many notices in one statement: each input learns its own outcome, and each organisation's channels apply. */
describe.each(databaseLegs())('recording notices in batches (%s)', (leg) => {
  let app: TestApp;
  let recorder: NotificationRecorder;
  let quiet: NotifiedOrganization;
  let wired: NotifiedOrganization;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    const notify = new NotificationKit(app, await factories(app));
    recorder = app.app.get(NotificationRecorder);
    quiet = await notify.organization({ kind: 'agency', email: false, webhooks: false });
    wired = await notify.organization({
      kind: 'vendor',
      locales: ['en', 'zh'],
      webhookUrl: 'https://hooks.example.org/3ipet',
    });
  });
  afterAll(() => app?.close());

  const record = (organizationId: string, dedupKey: string) => ({
    organizationId,
    kind: 'match.introduced',
    payload: { matchId: dedupKey },
    dedupKey,
  });

  it('adds each new notice once, reporting a repeated key in the same batch or an earlier one as not added', async () => {
    const key = randomUUID();
    const other = randomUUID();
    await app.dataSource.transaction((manager) =>
      recorder.record(manager, record(quiet.organizationId, key)),
    );

    const outcome = await app.dataSource.transaction((manager) =>
      recorder.recordMany(manager, [
        record(quiet.organizationId, key),
        record(quiet.organizationId, other),
        record(quiet.organizationId, other),
        record(wired.organizationId, other),
      ]),
    );

    expect(outcome).toEqual([false, true, false, true]);
    const rows: { organization_id: string; dedup_key: string }[] = await app.dataSource.query(
      `SELECT organization_id, dedup_key FROM notification WHERE dedup_key = ANY($1) ORDER BY organization_id`,
      [[key, other]],
    );
    expect(rows).toHaveLength(3);
  });

  it('gives each notice the deliveries its organisation chose, with an outbox row per delivery to send', async () => {
    const quietKey = randomUUID();
    const wiredKey = randomUUID();
    await app.dataSource.transaction((manager) =>
      recorder.recordMany(manager, [
        record(quiet.organizationId, quietKey),
        record(wired.organizationId, wiredKey),
      ]),
    );

    const deliveries: { dedup_key: string; channel: string; status: string; queued: boolean }[] =
      await app.dataSource.query(
        `SELECT n.dedup_key, d.channel, d.status,
                EXISTS (SELECT 1 FROM outbox_message o WHERE o.dedup_key = 'delivery:' || d.id::text
                           AND o.payload->>'deliveryId' = d.id::text) AS queued
           FROM notification_delivery d JOIN notification n ON n.id = d.notification_id
          WHERE n.dedup_key = ANY($1) ORDER BY n.dedup_key = $2 DESC, d.channel`,
        [[quietKey, wiredKey], quietKey],
      );
    expect(deliveries).toEqual([
      { dedup_key: quietKey, channel: 'in_app', status: 'sent', queued: false },
      { dedup_key: wiredKey, channel: 'email', status: 'queued', queued: true },
      { dedup_key: wiredKey, channel: 'in_app', status: 'sent', queued: false },
      { dedup_key: wiredKey, channel: 'webhook', status: 'queued', queued: true },
    ]);
  });

  it('writes nothing of a batch whose statement fails', async () => {
    const key = randomUUID();
    await expect(
      app.dataSource.transaction((manager) =>
        recorder.recordMany(manager, [record(quiet.organizationId, key), record(randomUUID(), randomUUID())]),
      ),
    ).rejects.toThrow(/foreign key/);
    const [{ count }] = await app.dataSource.query(
      `SELECT count(*)::int AS count FROM notification WHERE dedup_key = $1`,
      [key],
    );
    expect(count).toBe(0);
  });
});
