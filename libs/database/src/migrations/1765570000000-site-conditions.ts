import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Prerequisites and capacity as structured fields. A listing states what it needs at the site
 * (`prerequisites`: taxonomy ids such as low-sulphur-fuel, grid-power) and the flue-gas flow one installation
 * handles (`flow_min_nm3h`..`flow_max_nm3h`) or the units one installation serves (`units_per_installation`
 * of `capacity_unit_kind`). A need states its site (`fuels`, `grid_power`, `water_supply`), the flue-gas flow
 * of one source (`flow_nm3h`) and, beside unit counts, the city area it covers (`area_name`,
 * `area_population`, `area_km2`). Existing rows state none of these.
 */
export class SiteConditions1765570000000 implements MigrationInterface {
  name = 'SiteConditions1765570000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE technology
        ADD COLUMN prerequisites text[] NOT NULL DEFAULT '{}',
        ADD COLUMN flow_min_nm3h double precision,
        ADD COLUMN flow_max_nm3h double precision,
        ADD COLUMN units_per_installation integer,
        ADD COLUMN capacity_unit_kind text`);
    await db.query(`ALTER TABLE need
        ADD COLUMN fuels text[] NOT NULL DEFAULT '{}',
        ADD COLUMN grid_power boolean,
        ADD COLUMN water_supply boolean,
        ADD COLUMN flow_nm3h double precision,
        ADD COLUMN area_name text,
        ADD COLUMN area_population bigint,
        ADD COLUMN area_km2 double precision`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE need
        DROP COLUMN fuels, DROP COLUMN grid_power, DROP COLUMN water_supply, DROP COLUMN flow_nm3h,
        DROP COLUMN area_name, DROP COLUMN area_population, DROP COLUMN area_km2`);
    await db.query(`ALTER TABLE technology
        DROP COLUMN prerequisites, DROP COLUMN flow_min_nm3h, DROP COLUMN flow_max_nm3h,
        DROP COLUMN units_per_installation, DROP COLUMN capacity_unit_kind`);
  }
}
