import { ExpireOverdueNeedsJob, NeedExpiryScheduler } from '@3ipet/needs';
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

  it('is run by the scheduler at most once per quarter-hour slot', async () => {
    const scheduler = app.app.get(NeedExpiryScheduler);
    const queue = app.app.get(JobQueue) as InlineJobQueue;
    const overdue = async () => {
      const need = await needs.opened(owner);
      await app.dataSource.query(`UPDATE need SET deadline = now() - interval '1 minute' WHERE id = $1`, [
        need.id,
      ]);
      return need.id;
    };
    const statusAfterRequest = async (id: string, at: string) => {
      await scheduler.requestRun(new Date(at));
      await queue.drain();
      await app.settle();
      return (await needs.get(owner, id)).body.closeReason;
    };
    expect(await statusAfterRequest(await overdue(), '2031-01-01T10:01:00Z')).toBe('expired');
    expect(await statusAfterRequest(await overdue(), '2031-01-01T10:14:00Z')).toBeNull();
    const next = await overdue();
    expect(await statusAfterRequest(next, '2031-01-01T10:15:00Z')).toBe('expired');
  });
});
