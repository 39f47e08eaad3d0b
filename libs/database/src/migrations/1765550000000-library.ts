import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The knowledge library: case studies, policy briefs, guidance, workshop material, recordings and datasets,
 * written in English with translations, tagged with the shared taxonomy, linked to technologies, needs and
 * events, carrying links and uploaded files.
 */
export class Library1765550000000 implements MigrationInterface {
  name = 'Library1765550000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE library_resource (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL,
        version integer NOT NULL,
        kind text NOT NULL CONSTRAINT library_resource_kind_check
          CHECK (kind IN ('case-study', 'policy-brief', 'guidance', 'workshop-material', 'recording', 'dataset')),
        status text NOT NULL CONSTRAINT library_resource_status_check CHECK (status IN ('draft', 'published')),
        title text NOT NULL,
        body text NOT NULL,
        translations jsonb NOT NULL DEFAULT '[]',
        authors text[] NOT NULL DEFAULT '{}',
        issued_on date NOT NULL,
        pollutants text[] NOT NULL DEFAULT '{}',
        sectors text[] NOT NULL DEFAULT '{}',
        countries text[] NOT NULL DEFAULT '{}',
        categories text[] NOT NULL DEFAULT '{}',
        links jsonb NOT NULL DEFAULT '[]',
        technology_ids uuid[] NOT NULL DEFAULT '{}',
        need_ids uuid[] NOT NULL DEFAULT '{}',
        event_ids uuid[] NOT NULL DEFAULT '{}',
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        published_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX library_resource_slug_key ON library_resource (slug)`);
    await db.query(`CREATE INDEX library_resource_status_idx ON library_resource (status, issued_on DESC)`);
    await db.query(
      `CREATE INDEX library_resource_technologies_idx ON library_resource USING gin (technology_ids)`,
    );
    await db.query(`CREATE INDEX library_resource_needs_idx ON library_resource USING gin (need_ids)`);
    await db.query(`CREATE INDEX library_resource_events_idx ON library_resource USING gin (event_ids)`);
    await db.query(`
      CREATE TABLE library_resource_file (
        resource_id uuid NOT NULL REFERENCES library_resource (id) ON DELETE CASCADE,
        file_id uuid NOT NULL REFERENCES stored_file (id) ON DELETE CASCADE,
        position integer NOT NULL,
        PRIMARY KEY (resource_id, file_id)
      )`);
    await db.query(`CREATE INDEX library_resource_file_file_idx ON library_resource_file (file_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE library_resource_file`);
    await db.query(`DROP TABLE library_resource`);
  }
}
