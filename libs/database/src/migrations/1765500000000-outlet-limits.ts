import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Outlet concentrations as structured fields: a listing may guarantee, per pollutant it removes, an outlet
 * concentration at most so many mg/Nm3 (`outlet_guarantees`), and a need may state the outlet limit it must
 * reach per pollutant it names (`outlet_limits`); matching compares the two. Existing rows state none.
 */
export class OutletLimits1765500000000 implements MigrationInterface {
  name = 'OutletLimits1765500000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE technology ADD COLUMN outlet_guarantees jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await db.query(`ALTER TABLE need ADD COLUMN outlet_limits jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE need DROP COLUMN outlet_limits`);
    await db.query(`ALTER TABLE technology DROP COLUMN outlet_guarantees`);
  }
}
