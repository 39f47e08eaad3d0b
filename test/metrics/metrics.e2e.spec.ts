import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IDENTITY_EVENTS_QUEUE, OrganizationChangedJob } from '@3ipet/identity';
import { JobQueue } from '@3ipet/queue';
import { type TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { factories } from '../support/factories';
import { NotificationKit } from '../notifications/support/notification-kit';
import { waitFor } from '../notifications/support/tally';
import { samplesOf } from '../support/prometheus';

describe.each(databaseLegs())('/metrics (%s)', (leg) => {
  let t: TestApp;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), '3ipet-metrics-'));
    t = await bootTestApp(leg, { DATA_DIR: dataDir });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('exposes HTTP latency by route pattern, queue and outbox state, deliveries, search latency and process metrics', async () => {
    const notify = new NotificationKit(t, await factories(t));
    const vendor = await notify.organization({ kind: 'vendor' });
    const agency = await notify.organization({ kind: 'agency', email: false });
    await notify.introduce([[vendor.organizationId, agency.organizationId]]);
    await waitFor(
      'the e-mail was sent',
      async () => (await t.settle(), (await notify.unfinishedDeliveries()) === 0),
    );

    for (let i = 0; i < 3; i += 1) await t.request({ method: 'GET', url: '/health/live' });
    const unknownId = randomUUID();
    expect((await t.request({ method: 'GET', url: `/api/v1/technologies/${unknownId}` })).status).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/v1/no-such-route' })).status).toBe(404);
    expect((await t.request({ method: 'GET', url: '/api/v1/technologies/search?q=filter' })).status).toBe(
      200,
    );

    const queued = Object.assign(new OrganizationChangedJob(), { organizationId: randomUUID() });
    await t.app.get(JobQueue).add(queued, { delayMs: 3_600_000 });
    // An outbox row written 90 s ago that is not due yet: the relay leaves it, the backlog shows it.
    await t.dataSource.query(
      `INSERT INTO outbox_message (job_type, payload, created_at, available_at)
       VALUES ('identity.organization-changed', $1, now() - interval '90 seconds', now() + interval '1 hour')`,
      [JSON.stringify({ organizationId: randomUUID() })],
    );

    const response = await t.request({ method: 'GET', url: '/metrics' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const samples = samplesOf(response.text);
    const http = (route: string, status: number, suffix = '_count') =>
      samples.get(
        `ipet_http_request_duration_seconds${suffix}{method="GET",route="${route}",status_code="${status}"}`,
      );

    expect(http('/health/live', 200)).toBe(3);
    expect(http('/api/v1/technologies/:id', 404)).toBe(1);
    expect(http('unmatched', 404)).toBe(1);
    expect(http('/api/v1/technologies/search', 200)).toBe(1);
    expect(http('/health/live', 200, '_sum')).toBeGreaterThan(0);
    expect(http('/health/live', 200, '_sum')).toBeLessThan(3 * 5);
    expect([...samples.keys()].some((key) => key.includes(unknownId))).toBe(false);

    expect(samples.get(`ipet_queue_jobs{queue="${IDENTITY_EVENTS_QUEUE}",state="delayed"}`)).toBe(1);
    expect(samples.get(`ipet_queue_jobs{queue="${IDENTITY_EVENTS_QUEUE}",state="failed"}`)).toBe(0);
    expect(samples.get(`ipet_queue_jobs{queue="match-notifications",state="active"}`)).toBe(0);

    expect(samples.get('ipet_outbox_backlog')).toBe(1);
    expect(samples.get('ipet_outbox_oldest_age_seconds')).toBeGreaterThanOrEqual(89);
    expect(samples.get('ipet_outbox_oldest_age_seconds')).toBeLessThan(3600);

    expect(samples.get('ipet_notification_deliveries_total{channel="email",outcome="sent"}')).toBe(1);

    const searches = [...samples].filter(([key]) => key.startsWith('ipet_search_duration_seconds_count{'));
    expect(searches.reduce((sum, [, count]) => sum + count, 0)).toBeGreaterThanOrEqual(1);

    expect(samples.get('process_cpu_seconds_total')).toBeGreaterThan(0);
    expect(samples.get('nodejs_heap_size_used_bytes')).toBeGreaterThan(0);
  });
});
