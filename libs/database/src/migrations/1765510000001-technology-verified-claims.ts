import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A listing carries a copy of its verified claims (`verified_claims`, written in the same transaction as the
 * claims by the catalog): search documents and match scoring read listings in bulk and learn which figures an
 * expert confirmed without one more query per listing. Starts empty: every backfilled claim is 'stated'.
 */
export class TechnologyVerifiedClaims1765510000001 implements MigrationInterface {
  name = 'TechnologyVerifiedClaims1765510000001';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE technology ADD COLUMN verified_claims jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE technology DROP COLUMN verified_claims`);
  }
}
