import type { INestApplicationContext } from '@nestjs/common';
import { Queue } from 'bullmq';
import { StallNudges } from '@3ipet/projects';
import { InlineJobQueue, JobQueue } from '@3ipet/queue';
import { type TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { testEnv } from '../support/env';
import { type Factories, type TestAdmin, factories } from '../support/factories';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis';
import { waitFor } from '../notifications/support/tally';
import { type SharedDatabase, sharedDatabase } from '../notifications/support/shared-database';
import { ProjectsKit } from './support/projects-kit';

const STALL_DAYS = 10;

const stallNoticesOf = async (app: TestApp, projectId: string) =>
  (
    await app.dataSource.query(
      `SELECT organization_id, payload FROM notification WHERE kind = 'project.stalled' AND payload->>'projectId' = $1`,
      [projectId],
    )
  ).length as number;

const stageEnteredDaysAgo = (app: TestApp, projectId: string, days: number) =>
  app.dataSource.query(
    `UPDATE project SET stage_entered_at = now() - make_interval(days => $2) WHERE id = $1`,
    [projectId, days],
  );

describe.each(databaseLegs())('stalled projects (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let projects: ProjectsKit;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg, { PROJECT_STALL_DAYS: String(STALL_DAYS) });
    kit = await factories(app);
    projects = new ProjectsKit(app, kit);
    admin = await kit.newAdmin();
  });
  afterAll(() => app.close());

  it('reminds both sides once per stage per period, and curators find stalled projects by filter', async () => {
    const nudges = app.app.get(StallNudges);
    const fresh = await projects.connected(admin);
    const { projectId, agency, vendor } = await projects.connected(admin);
    await stageEnteredDaysAgo(app, projectId, STALL_DAYS - 1);
    await nudges.remindStalled();
    expect(await stallNoticesOf(app, projectId)).toBe(0);

    await stageEnteredDaysAgo(app, projectId, STALL_DAYS + 1);
    await nudges.remindStalled();
    await nudges.remindStalled();
    const notices: { organization_id: string }[] = await app.dataSource.query(
      `SELECT organization_id FROM notification WHERE kind = 'project.stalled' AND payload->>'projectId' = $1`,
      [projectId],
    );
    expect(notices.map((n) => n.organization_id).sort()).toEqual(
      [agency.organizationId, vendor.organizationId].sort(),
    );

    const stalled = (await projects.get(admin, '/api/v1/projects?stalled=true&limit=100')).body;
    expect(stalled.items.map((p: { id: string }) => p.id)).toContain(projectId);
    expect(stalled.items.map((p: { id: string }) => p.id)).not.toContain(fresh.projectId);
    expect(stalled.items.find((p: { id: string }) => p.id === projectId).stalled).toBe(true);
    const moving = (await projects.get(admin, '/api/v1/projects?stalled=false&limit=100')).body;
    expect(moving.items.map((p: { id: string }) => p.id)).toContain(fresh.projectId);

    await stageEnteredDaysAgo(app, projectId, 2 * STALL_DAYS + 1);
    await nudges.remindStalled();
    expect(await stallNoticesOf(app, projectId)).toBe(4);

    await projects.move(vendor, agency, projectId, { toStage: 'meeting-held' });
    await nudges.remindStalled();
    expect(await stallNoticesOf(app, projectId)).toBe(4);
    await stageEnteredDaysAgo(app, projectId, STALL_DAYS);
    await nudges.remindStalled();
    expect(await stallNoticesOf(app, projectId)).toBe(6);

    const paused = await projects.connected(admin);
    await projects.propose(paused.agency, paused.projectId, { toStage: 'paused' });
    await stageEnteredDaysAgo(app, paused.projectId, 5 * STALL_DAYS);
    await nudges.remindStalled();
    expect(await stallNoticesOf(app, paused.projectId)).toBe(0);
  });

  it('schedules the check on the wall clock', () => {
    const queue = app.app.get(JobQueue);
    if (!(queue instanceof InlineJobQueue)) throw new Error('expected the in-process queue');
    expect(queue.schedules()).toContainEqual({ schedulerId: 'projects-stall-check', everyMs: 3_600_000 });
  });
});

/** Only where PostgreSQL and Redis are given: two worker processes need a database both can open at once. */
const bullmqLegs = testEnv.redisUrl && testEnv.databaseUrl ? ['postgres'] : [];

for (const bullmqLeg of bullmqLegs)
  describe(`the stall check with two workers on BullMQ (${bullmqLeg})`, () => {
    const redisPrefix = uniqueRedisPrefix();
    let db: SharedDatabase;
    const workers: INestApplicationContext[] = [];

    beforeAll(async () => {
      db = await sharedDatabase('postgres', {
        REDIS_URL: testEnv.redisUrl!,
        REDIS_PREFIX: redisPrefix,
        PROJECT_STALL_DAYS: String(STALL_DAYS),
        PROJECT_STALL_CHECK_INTERVAL_MS: '1000',
      });
    }, 120_000);
    afterAll(async () => {
      for (const worker of workers) await worker.close();
      await db?.close();
      await deleteRedisKeys(testEnv.redisUrl!, redisPrefix);
    }, 120_000);

    it('runs once per tick however many workers run, and reminds each side once', async () => {
      await db.use(async (api) => {
        const kit = await factories(api);
        const projects = new ProjectsKit(api, kit);
        const { projectId } = await projects.connected(await kit.newAdmin());
        await stageEnteredDaysAgo(api, projectId, STALL_DAYS + 3);

        const startedAt = Date.now();
        workers.push(await db.startWorker(), await db.startWorker());
        await waitFor(
          'both sides reminded',
          async () => (await stallNoticesOf(api, projectId)) === 2,
          30_000,
        );
        await new Promise((resolve) => setTimeout(resolve, 3500));
        expect(await stallNoticesOf(api, projectId)).toBe(2);

        const queue = new Queue('projects-maintenance', {
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
    }, 90_000);
  });
