import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Vendors' saved searches of open needs (libs/needs), beside the agencies' saved technology searches: the
 * query as GET /needs/search takes it, and one hit row per (search, need) so each alert fires once.
 */
export class SavedNeedSearches1765580000001 implements MigrationInterface {
  name = 'SavedNeedSearches1765580000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE saved_need_search (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        name text NOT NULL,
        query jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX saved_need_search_organization_idx ON saved_need_search (organization_id, created_at, id)`,
    );
    await db.query(`
      CREATE TABLE saved_need_search_hit (
        saved_need_search_id uuid NOT NULL REFERENCES saved_need_search (id) ON DELETE CASCADE,
        need_id uuid NOT NULL REFERENCES need (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (saved_need_search_id, need_id)
      )`);
    await db.query(`CREATE INDEX saved_need_search_hit_need_idx ON saved_need_search_hit (need_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE saved_need_search_hit`);
    await db.query(`DROP TABLE saved_need_search`);
  }
}
