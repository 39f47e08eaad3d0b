import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Match notices written before they carried what was matched get the need's and the technology's titles, so
 * the inbox names them too. These are the titles as they are at migration time, not at the time of the move
 * (that was not kept). Re-running it changes nothing: it only fills notices that lack both titles.
 */
export class MatchNoticeTitles1765100000000 implements MigrationInterface {
  name = 'MatchNoticeTitles1765100000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      UPDATE notification n
         SET payload = n.payload || jsonb_build_object('needTitle', need.title, 'technologyTitle', technology.title)
        FROM match m
        JOIN need ON need.id = m.need_id
        JOIN technology ON technology.id = m.technology_id
       WHERE n.kind LIKE 'match.%'
         AND NOT (n.payload ? 'needTitle') AND NOT (n.payload ? 'technologyTitle')
         AND m.id::text = n.payload->>'matchId'`);
  }

  async down(): Promise<void> {
    // The titles cannot be told apart from those written with the notices: they stay.
  }
}
