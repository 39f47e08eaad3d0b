import { MigrationInterface, QueryRunner } from 'typeorm';

/** Proposed and curated matches between needs and technologies, their history and notices (libs/matching). */
export class Matching1764800000000 implements MigrationInterface {
  name = 'Matching1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE match (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES need (id) ON DELETE CASCADE,
        technology_id uuid NOT NULL REFERENCES technology (id) ON DELETE CASCADE,
        need_organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        vendor_organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        status text NOT NULL
          CHECK (status IN ('proposed', 'withdrawn', 'rejected', 'introduced', 'connected', 'declined')),
        origin text NOT NULL CHECK (origin IN ('automatic', 'manual')),
        score real NOT NULL CHECK (score BETWEEN 0 AND 100),
        components jsonb NOT NULL DEFAULT '[]',
        exclusion_reason text,
        scored_at timestamptz NOT NULL DEFAULT now(),
        decision_note text,
        need_response text CHECK (need_response IN ('interested', 'declined')),
        need_response_message text,
        need_responded_at timestamptz,
        vendor_response text CHECK (vendor_response IN ('interested', 'declined')),
        vendor_response_message text,
        vendor_responded_at timestamptz,
        introduced_at timestamptz,
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT match_pair_unique UNIQUE (need_id, technology_id)
      )`);
    // The curation queue: best first within a status.
    await db.query(`CREATE INDEX match_queue_idx ON match (status, score DESC, id)`);
    await db.query(`CREATE INDEX match_need_organization_idx ON match (need_organization_id, status)`);
    await db.query(`CREATE INDEX match_vendor_organization_idx ON match (vendor_organization_id, status)`);
    await db.query(`CREATE INDEX match_technology_idx ON match (technology_id)`);

    await db.query(`
      CREATE TABLE match_transition (
        id bigserial PRIMARY KEY,
        match_id uuid NOT NULL REFERENCES match (id) ON DELETE CASCADE,
        from_status text,
        to_status text NOT NULL,
        actor_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        actor_role text NOT NULL CHECK (actor_role IN ('system', 'admin', 'vendor', 'agency')),
        note text,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX match_transition_match_idx ON match_transition (match_id, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE match_transition`);
    await db.query(`DROP TABLE match`);
  }
}
