import { ExpireOverdueNeedsJob } from '@3ipet/needs';
import { InlineJobQueue, JobQueue } from '@3ipet/queue';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestMember, factories } from '../support/factories';
import { NeedsDriver, expectStatus, runJob } from './support/needs-kit';

describe.each(databaseLegs())('needs past their deadline (%s)', (leg) => {
  let app: TestApp;
  let needs: NeedsDriver;
  let owner: TestMember;
  let verifiedVendor: TestMember;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    needs = new NeedsDriver(app, await factories(app));
    [owner, verifiedVendor] = await Promise.all([
      needs.verifiedMember('agency'),
      needs.verifiedMember('vendor'),
    ]);
  });
  afterAll(() => app.close());

  const changeRows = async (needId: string): Promise<number> =>
    (
      await app.dataSource.query(
        `SELECT count(*)::int AS n FROM outbox_message WHERE job_type = 'matching.need-changed' AND payload->>'needId' = $1`,
        [needId],
      )
    )[0].n;

  it('expires open needs past their deadline in the scheduled job, once', async () => {
    const due = await needs.opened(owner);
    const notDue = await needs.opened(owner);
    await app.dataSource.query(`UPDATE need SET deadline = now() - interval '1 minute' WHERE id = $1`, [
      due.id,
    ]);
    await app.settle();
    await runJob(app, new ExpireOverdueNeedsJob());
    const expired = expectStatus(await needs.get(owner, due.id), 200).body;
    expect(expired).toMatchObject({ status: 'closed', closeReason: 'expired', version: due.version + 1 });
    expect((await needs.get(owner, notDue.id)).body.status).toBe('open');
    expect(await changeRows(due.id)).toBe(2);
    const searchIds = async () =>
      expectStatus(await needs.search(verifiedVendor, 'limit=100'), 200).body.items.map(
        (h: { id: string }) => h.id,
      );
    expect(await searchIds()).not.toContain(due.id);
    expect(await searchIds()).toContain(notDue.id);

    await runJob(app, new ExpireOverdueNeedsJob());
    expect((await needs.get(owner, due.id)).body.version).toBe(expired.version);
    expect(await changeRows(due.id)).toBe(2);
  });

  it('is scheduled every minute on the wall clock where jobs run, as is listing expiry', () => {
    const queue = app.app.get(JobQueue) as InlineJobQueue;
    expect(queue.schedules()).toEqual(
      expect.arrayContaining([
        { schedulerId: 'needs-expire-overdue', everyMs: 60_000 },
        { schedulerId: 'catalog-expire-listings', everyMs: 60_000 },
      ]),
    );
  });
});

describe('a need past its deadline, left to the schedule (pglite)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootTestApp('pglite');
  });
  afterAll(() => app.close());

  it('is closed within a minute of its deadline, by the next tick on the minute', async () => {
    const needs = new NeedsDriver(app, await factories(app));
    const owner = await needs.verifiedMember('agency');
    const need = await needs.opened(owner);
    await app.dataSource.query(`UPDATE need SET deadline = now() WHERE id = $1`, [need.id]);
    const deadline = Date.now();
    let closedAt = 0;
    while (Date.now() - deadline < 65_000) {
      if ((await needs.get(owner, need.id)).body.closeReason === 'expired') {
        closedAt = Date.now();
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(closedAt).toBeGreaterThan(0);
    expect(closedAt - deadline).toBeLessThan(61_000);
  }, 90_000);
});
