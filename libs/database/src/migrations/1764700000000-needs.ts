import { MigrationInterface, QueryRunner } from 'typeorm';

/** Needs of agency organisations, their saved technology searches and the hits those searches had (libs/needs). */
export class Needs1764700000000 implements MigrationInterface {
  name = 'Needs1764700000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE need (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        status text NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'open', 'closed')),
        close_reason text CHECK (close_reason IN ('solved', 'withdrawn', 'expired')),
        close_note text,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        title text NOT NULL,
        description text NOT NULL,
        pollutants text[] NOT NULL,
        sectors text[] NOT NULL,
        country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        city text NOT NULL,
        budget_min_usd bigint CHECK (budget_min_usd >= 0),
        budget_max_usd bigint CHECK (budget_max_usd >= 0),
        min_trl smallint CHECK (min_trl BETWEEN 1 AND 9),
        deal_types text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        deadline timestamptz NOT NULL,
        opened_at timestamptz,
        closed_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT need_budget_range CHECK (budget_min_usd <= budget_max_usd),
        CONSTRAINT need_closed_has_reason CHECK ((status = 'closed') = (close_reason IS NOT NULL)),
        CONSTRAINT need_opened_has_date CHECK (status = 'draft' OR opened_at IS NOT NULL)
      )`);
    await db.query(`CREATE INDEX need_organization_idx ON need (organization_id, created_at, id)`);
    await db.query(`CREATE INDEX need_status_country_idx ON need (status, country, created_at)`);
    await db.query(`CREATE INDEX need_open_deadline_idx ON need (deadline) WHERE status = 'open'`);

    await db.query(`
      CREATE TABLE saved_search (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        name text NOT NULL,
        query jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX saved_search_organization_idx ON saved_search (organization_id, created_at, id)`,
    );

    // One row per (saved search, technology) that matched: the unique key that makes an alert fire once.
    await db.query(`
      CREATE TABLE saved_search_hit (
        saved_search_id uuid NOT NULL REFERENCES saved_search (id) ON DELETE CASCADE,
        technology_id uuid NOT NULL REFERENCES technology (id) ON DELETE CASCADE,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (saved_search_id, technology_id)
      )`);
    await db.query(`CREATE INDEX saved_search_hit_technology_idx ON saved_search_hit (technology_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE saved_search_hit`);
    await db.query(`DROP TABLE saved_search`);
    await db.query(`DROP TABLE need`);
  }
}
