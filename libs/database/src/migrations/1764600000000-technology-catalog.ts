import { MigrationInterface, QueryRunner } from 'typeorm';

/** Technology listings of vendor organisations (libs/catalog). */
export class TechnologyCatalog1764600000000 implements MigrationInterface {
  name = 'TechnologyCatalog1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE technology (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        vendor_organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE RESTRICT,
        status text NOT NULL DEFAULT 'draft'
          CHECK (status IN ('draft', 'submitted', 'changes_requested', 'published', 'archived', 'expired')),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        title text NOT NULL,
        summary text NOT NULL,
        description text NOT NULL,
        translations jsonb NOT NULL DEFAULT '[]',
        category text NOT NULL,
        pollutants text[] NOT NULL,
        removal_efficiency jsonb NOT NULL DEFAULT '[]',
        sectors text[] NOT NULL,
        trl smallint NOT NULL CHECK (trl BETWEEN 1 AND 9),
        capital_cost_min_usd bigint CHECK (capital_cost_min_usd >= 0),
        capital_cost_max_usd bigint CHECK (capital_cost_max_usd >= 0),
        operating_cost_note text,
        deployment_countries text[] NOT NULL DEFAULT '{}',
        reference_projects jsonb NOT NULL DEFAULT '[]',
        supply_countries text[] NOT NULL DEFAULT '{}',
        certifications text[] NOT NULL DEFAULT '{}',
        deal_types text[] NOT NULL DEFAULT '{}',
        support_languages text[] NOT NULL DEFAULT '{}',
        changes_requested_reason text,
        submitted_at timestamptz,
        published_at timestamptz,
        confirmed_at timestamptz,
        expires_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT technology_cost_range CHECK (capital_cost_min_usd <= capital_cost_max_usd),
        CONSTRAINT technology_published_dates CHECK (status <> 'published' OR (published_at IS NOT NULL AND expires_at IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX technology_vendor_idx ON technology (vendor_organization_id, status, created_at)`,
    );
    await db.query(`CREATE INDEX technology_review_queue_idx ON technology (status, submitted_at, id)`);
    await db.query(
      `CREATE INDEX technology_expiry_idx ON technology (expires_at) WHERE status = 'published'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE technology`);
  }
}
