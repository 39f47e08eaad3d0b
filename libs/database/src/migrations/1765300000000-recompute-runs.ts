import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A curator's "recompute every open need" becomes a run that can be followed: the run, and one row per need
 * whose recompute finished (a retried job adds nothing, so the count stays exact).
 */
export class RecomputeRuns1765300000000 implements MigrationInterface {
  name = 'RecomputeRuns1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE match_recompute_run (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        requested_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        requested_at timestamptz NOT NULL DEFAULT now(),
        needs_total integer,
        started_at timestamptz,
        finished_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE match_recompute_run_need (
        run_id uuid NOT NULL REFERENCES match_recompute_run (id) ON DELETE CASCADE,
        need_id uuid NOT NULL,
        PRIMARY KEY (run_id, need_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE match_recompute_run_need`);
    await db.query(`DROP TABLE match_recompute_run`);
  }
}
