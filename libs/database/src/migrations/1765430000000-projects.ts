import { MigrationInterface, QueryRunner } from 'typeorm';

const PIPELINE = `'connected', 'meeting-held', 'proposal', 'pilot', 'contract-signed', 'deployed', 'results-measured'`;
const STAGES = `${PIPELINE}, 'paused', 'ended'`;
const SIDES = `'need', 'vendor', 'curator'`;

/**
 * What happens after a match connects (libs/projects): one project per connected match, its moves through
 * the stages, contracts, deployments, measured results, a need's baseline evidence and what solved a need.
 * Connected matches that exist already get their project here.
 */
export class Projects1765430000000 implements MigrationInterface {
  name = 'Projects1765430000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE project (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_id uuid NOT NULL UNIQUE REFERENCES match (id) ON DELETE CASCADE,
        need_id uuid NOT NULL REFERENCES need (id) ON DELETE CASCADE,
        technology_id uuid NOT NULL REFERENCES technology (id) ON DELETE CASCADE,
        need_organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        vendor_organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        stage text NOT NULL DEFAULT 'connected' CHECK (stage IN (${STAGES})),
        paused_from_stage text CHECK (paused_from_stage IN (${PIPELINE})),
        end_reason text CHECK (end_reason IN ('price', 'technical-fit', 'financing', 'policy', 'other')),
        contract_value_usd numeric(16, 2) CHECK (contract_value_usd >= 0),
        contract_financing text
          CHECK (contract_financing IN ('own-budget', 'grant', 'concessional-loan', 'green-finance', 'other')),
        contract_signed_on date,
        stage_entered_at timestamptz NOT NULL DEFAULT now(),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT project_paused_has_origin CHECK ((stage = 'paused') = (paused_from_stage IS NOT NULL)),
        CONSTRAINT project_ended_has_reason CHECK ((stage = 'ended') = (end_reason IS NOT NULL))
      )`);
    await db.query(
      `CREATE INDEX project_need_organization_idx ON project (need_organization_id, updated_at)`,
    );
    await db.query(
      `CREATE INDEX project_vendor_organization_idx ON project (vendor_organization_id, updated_at)`,
    );
    await db.query(`CREATE INDEX project_stage_idx ON project (stage, stage_entered_at)`);

    await db.query(`
      CREATE TABLE project_move (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('open', 'advance', 'resume', 'pause', 'end')),
        from_stage text CHECK (from_stage IN (${STAGES})),
        to_stage text NOT NULL CHECK (to_stage IN (${STAGES})),
        occurred_on date NOT NULL,
        note text,
        details jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('proposed', 'confirmed', 'superseded')),
        proposed_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        proposed_as text CHECK (proposed_as IN (${SIDES})),
        proposed_at timestamptz NOT NULL DEFAULT now(),
        confirmed_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        confirmed_as text CHECK (confirmed_as IN (${SIDES})),
        confirmed_at timestamptz,
        CONSTRAINT project_move_confirmed_has_time CHECK ((status = 'confirmed') = (confirmed_at IS NOT NULL))
      )`);
    await db.query(`CREATE INDEX project_move_project_idx ON project_move (project_id, proposed_at)`);
    // The impact figures read confirmed moves in order per project.
    await db.query(
      `CREATE INDEX project_move_confirmed_idx ON project_move (project_id, confirmed_at, occurred_on, to_stage)
         WHERE status = 'confirmed'`,
    );
    // One open proposal per project: a newer one supersedes it in the same transaction.
    await db.query(
      `CREATE UNIQUE INDEX project_move_one_pending_idx ON project_move (project_id) WHERE status = 'proposed'`,
    );

    await db.query(`
      CREATE TABLE project_deployment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
        move_id uuid NOT NULL UNIQUE REFERENCES project_move (id) ON DELETE CASCADE,
        country text NOT NULL CHECK (country ~ '^[A-Z]{2}$'),
        city text NOT NULL,
        site text NOT NULL,
        units integer NOT NULL CHECK (units >= 1),
        deployed_on date NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX project_deployment_project_idx ON project_deployment (project_id)`);
    await db.query(`CREATE INDEX project_deployment_country_idx ON project_deployment (country)`);

    await db.query(`
      CREATE TABLE project_result (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        project_id uuid NOT NULL REFERENCES project (id) ON DELETE CASCADE,
        deployment_id uuid NOT NULL REFERENCES project_deployment (id) ON DELETE CASCADE,
        pollutant text NOT NULL,
        metric text NOT NULL,
        unit text NOT NULL,
        baseline_value numeric NOT NULL CHECK (baseline_value > 0),
        after_value numeric NOT NULL CHECK (after_value >= 0),
        reduction numeric GENERATED ALWAYS AS (baseline_value - after_value) STORED,
        reduction_percent numeric GENERATED ALWAYS AS (round((baseline_value - after_value) * 100 / baseline_value, 2)) STORED,
        method text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        evidence_url text NOT NULL,
        recorded_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        verified_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        verified_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT project_result_period_order CHECK (period_end >= period_start)
      )`);
    await db.query(`CREATE INDEX project_result_project_idx ON project_result (project_id, created_at)`);
    await db.query(
      `CREATE INDEX project_result_verified_idx ON project_result (pollutant) WHERE verified_at IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE need_baseline (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        need_id uuid NOT NULL REFERENCES need (id) ON DELETE CASCADE,
        pollutant text NOT NULL,
        metric text NOT NULL,
        unit text NOT NULL,
        value numeric NOT NULL CHECK (value >= 0),
        method text NOT NULL,
        period_start date NOT NULL,
        period_end date NOT NULL,
        evidence_url text NOT NULL,
        recorded_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT need_baseline_period_order CHECK (period_end >= period_start)
      )`);
    await db.query(`CREATE INDEX need_baseline_need_idx ON need_baseline (need_id, created_at)`);

    await db.query(
      `ALTER TABLE need ADD COLUMN solved_by_project_id uuid REFERENCES project (id) ON DELETE SET NULL`,
    );

    // Backfill: every match connected before projects existed gets one, entered when its second side answered.
    await db.query(`
      WITH opened AS (
        INSERT INTO project (match_id, need_id, technology_id, need_organization_id, vendor_organization_id,
                             stage_entered_at, created_at, updated_at)
        SELECT m.id, m.need_id, m.technology_id, m.need_organization_id, m.vendor_organization_id,
               coalesce(greatest(m.need_responded_at, m.vendor_responded_at), m.updated_at),
               coalesce(greatest(m.need_responded_at, m.vendor_responded_at), m.updated_at), now()
          FROM match m WHERE m.status = 'connected'
        RETURNING id, stage_entered_at)
      INSERT INTO project_move (project_id, kind, from_stage, to_stage, occurred_on, status, proposed_at, confirmed_at)
      SELECT id, 'open', NULL, 'connected', (stage_entered_at AT TIME ZONE 'UTC')::date, 'confirmed',
             stage_entered_at, stage_entered_at
        FROM opened`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE need DROP COLUMN solved_by_project_id`);
    await db.query(`DROP TABLE need_baseline`);
    await db.query(`DROP TABLE project_result`);
    await db.query(`DROP TABLE project_deployment`);
    await db.query(`DROP TABLE project_move`);
    await db.query(`DROP TABLE project`);
  }
}
