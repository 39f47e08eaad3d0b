import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Interest from both sides and structured rejections (libs/matching):
 * - `match_request`: an agency asking for an introduction, or a vendor saying it wants to answer a need; one
 *   per match and side, so asking again changes nothing;
 * - `match.origin` may say the pair entered the queue because one side asked;
 * - `match.rejection_reason`: why a curator said no, from a fixed list. Rejections made before the list
 *   existed become `other`, and their free text stays in `decision_note`.
 */
export class MatchInterest1765410000000 implements MigrationInterface {
  name = 'MatchInterest1765410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE match DROP CONSTRAINT match_origin_check`);
    await db.query(`
      ALTER TABLE match ADD CONSTRAINT match_origin_check
        CHECK (origin IN ('automatic', 'manual', 'agency-request', 'vendor-interest'))`);
    await db.query(`
      ALTER TABLE match ADD COLUMN rejection_reason text
        CHECK (rejection_reason IN ('wrong-intent', 'wrong-sector', 'too-costly', 'not-available-in-country',
                                    'too-immature', 'duplicate', 'other'))`);
    await db.query(`UPDATE match SET rejection_reason = 'other' WHERE status = 'rejected'`);
    await db.query(`
      ALTER TABLE match ADD CONSTRAINT match_rejected_has_reason
        CHECK (status <> 'rejected' OR rejection_reason IS NOT NULL)`);

    await db.query(`
      CREATE TABLE match_request (
        id bigserial PRIMARY KEY,
        match_id uuid NOT NULL REFERENCES match (id) ON DELETE CASCADE,
        side text NOT NULL CHECK (side IN ('need', 'vendor')),
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        requested_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        message text,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT match_request_side_unique UNIQUE (match_id, side)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE match_request`);
    await db.query(`ALTER TABLE match DROP CONSTRAINT match_rejected_has_reason`);
    await db.query(`ALTER TABLE match DROP COLUMN rejection_reason`);
    await db.query(`UPDATE match SET origin = 'manual' WHERE origin NOT IN ('automatic', 'manual')`);
    await db.query(`ALTER TABLE match DROP CONSTRAINT match_origin_check`);
    await db.query(
      `ALTER TABLE match ADD CONSTRAINT match_origin_check CHECK (origin IN ('automatic', 'manual'))`,
    );
  }
}
