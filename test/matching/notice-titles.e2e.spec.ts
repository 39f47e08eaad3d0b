import { ALL_MIGRATIONS } from '@3ipet/database';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, factories } from '../support/factories';
import { MatchingKit } from './support/matching-kit';

describe.each(databaseLegs())('match notices written before titles were carried (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let matching: MatchingKit;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    matching = new MatchingKit(app, kit);
  });
  afterAll(() => app.close());

  const payloadsOf = async (matchId: string): Promise<Record<string, unknown>[]> =>
    (
      await app.dataSource.query(`SELECT payload FROM notification WHERE payload->>'matchId' = $1`, [matchId])
    ).map((row: { payload: Record<string, unknown> }) => row.payload);

  it('get the titles of the need and the technology from their match, once', async () => {
    const introduced = await matching.introduced(await kit.newAdmin());
    await app.settle();
    await app.dataSource.query(
      `UPDATE notification SET payload = payload - 'needTitle' - 'technologyTitle' WHERE payload->>'matchId' = $1`,
      [introduced.matchId],
    );
    await app.dataSource.query(`UPDATE need SET title = 'Kathmandu valley brick kilns' WHERE id = $1`, [
      introduced.need.id,
    ]);
    const untitled = await payloadsOf(introduced.matchId);
    expect(untitled).toHaveLength(2);
    expect(untitled.every((payload) => !('needTitle' in payload))).toBe(true);

    const backfill = ALL_MIGRATIONS.map((Migration) => new Migration()).find(
      (migration) => migration.name === 'MatchNoticeTitles1765100000000',
    )!;
    const runner = app.dataSource.createQueryRunner();
    try {
      await backfill.up(runner);
      // Through the runner: the embedded database has one connection, and the runner holds it.
      await runner.query(`UPDATE need SET title = 'Renamed again' WHERE id = $1`, [introduced.need.id]);
      await backfill.up(runner);
    } finally {
      await runner.release();
    }

    const titled = await payloadsOf(introduced.matchId);
    expect(titled).toEqual([
      expect.objectContaining({
        matchId: introduced.matchId,
        needTitle: 'Kathmandu valley brick kilns',
        technologyTitle: introduced.technology.title,
      }),
      expect.objectContaining({
        matchId: introduced.matchId,
        needTitle: 'Kathmandu valley brick kilns',
        technologyTitle: introduced.technology.title,
      }),
    ]);
  });
});
