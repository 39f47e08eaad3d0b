import { ALL_MIGRATIONS } from '@3ipet/database';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, factories } from '../support/factories';
import { MatchingKit } from './support/matching-kit';

describe.each(databaseLegs())('rejections made before reasons were structured (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let matching: MatchingKit;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    matching = new MatchingKit(app, kit);
  });
  afterAll(() => app.close());

  it('become `other` and keep their words; a rejection without a reason is refused from then on', async () => {
    const old = await matching.proposal();
    const waiting = await matching.proposal();
    const migration = ALL_MIGRATIONS.map((Migration) => new Migration()).find(
      (m) => m.name === 'MatchInterest1765410000000',
    )!;
    const runner = app.dataSource.createQueryRunner();
    try {
      await migration.down(runner);
      await runner.query(
        `UPDATE match SET status = 'rejected', decision_note = 'Kiln owners cannot pay for it.' WHERE id = $1`,
        [old.matchId],
      );
      await migration.up(runner);
      const rows: {
        id: string;
        status: string;
        rejection_reason: string | null;
        decision_note: string | null;
      }[] = await runner.query(
        `SELECT id, status, rejection_reason, decision_note FROM match WHERE id = ANY($1) ORDER BY status`,
        [[old.matchId, waiting.matchId]],
      );
      expect(rows).toEqual([
        { id: waiting.matchId, status: 'proposed', rejection_reason: null, decision_note: null },
        {
          id: old.matchId,
          status: 'rejected',
          rejection_reason: 'other',
          decision_note: 'Kiln owners cannot pay for it.',
        },
      ]);
      await expect(
        runner.query(`UPDATE match SET status = 'rejected' WHERE id = $1`, [waiting.matchId]),
      ).rejects.toThrow(/match_rejected_has_reason/);
    } finally {
      await runner.release();
    }
  });
});
