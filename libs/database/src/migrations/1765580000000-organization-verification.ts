import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organisation verification as a decision rather than a switch: a status (pending, verified, rejected), the
 * last decision (verified, rejected, withdrawn) with its reason, who took it and when. The `verified`
 * boolean stays, for the clients and libs that read it. Organisations verified today are backfilled as
 * verified by whoever verified them.
 */
export class OrganizationVerification1765580000000 implements MigrationInterface {
  name = 'OrganizationVerification1765580000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE organization
        ADD COLUMN verification_status text NOT NULL DEFAULT 'pending'
          CHECK (verification_status IN ('pending', 'verified', 'rejected')),
        ADD COLUMN verification_decision text
          CHECK (verification_decision IN ('verified', 'rejected', 'withdrawn')),
        ADD COLUMN verification_reason text,
        ADD COLUMN verification_decided_by uuid,
        ADD COLUMN verification_decided_at timestamptz`);
    await db.query(`
      UPDATE organization
         SET verification_status = 'verified', verification_decision = 'verified',
             verification_decided_by = verified_by, verification_decided_at = verified_at
       WHERE verified`);
    await db.query(`CREATE INDEX organization_verification_status_idx ON organization (verification_status)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX organization_verification_status_idx`);
    await db.query(`
      ALTER TABLE organization
        DROP COLUMN verification_decided_at, DROP COLUMN verification_decided_by,
        DROP COLUMN verification_reason, DROP COLUMN verification_decision, DROP COLUMN verification_status`);
  }
}
