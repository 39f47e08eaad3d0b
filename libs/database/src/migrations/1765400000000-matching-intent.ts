import { MigrationInterface, QueryRunner } from 'typeorm';

/** The intent a category implies (libs/common/src/taxonomy/intents.ts, `intentOfCategory`), in SQL. */
const INTENT_OF_CATEGORY = `
  CASE split_part(category, '.', 1)
    WHEN 'monitoring' THEN 'measures'
    WHEN 'clean-fuels' THEN 'avoids'
    WHEN 'e-mobility' THEN 'avoids'
    WHEN 'kiln-conversion' THEN 'avoids'
    WHEN 'crop-residue' THEN 'avoids'
    ELSE 'removes'
  END`;

/** `wantsFromText` in SQL: word-start prefixes, case-insensitive. */
const MEASURE_WORDS = `'\\m(monitor|measur|sensor|station|cems|forecast|inventor|survey|remote sensing|mapping)'`;
const CUT_WORDS = `'\\m(cut|reduc|control|remov|abat|retrofit|filter|scrubb|conver|replac|alternative|suppress|switch|electric|cookstove|precipitator)'`;

/** Keeps a sector only when no sub-sector of it is also named, in the original order. */
const WITHOUT_IMPLIED_PARENTS = (column: string) => `
  ARRAY(SELECT s FROM unnest(${column}) WITH ORDINALITY AS t(s, i)
        WHERE NOT EXISTS (SELECT 1 FROM unnest(${column}) AS o WHERE o LIKE s || '.%')
        ORDER BY i)`;

/**
 * Matching learns what a listing does to each pollutant (measures, removes, avoids, manages) and what a need
 * wants (measure, cut, both); a listing may sit in several categories (`category` stays the primary one, and
 * `categories` holds all of them, primary first) and says what its cost counts (`cost_basis`); a need may say
 * how many units it covers. Sectors keep only what was named: a parent stored only because a sub-sector of
 * it was named is dropped (a listing for brick kilns is not a listing for all industry).
 */
export class MatchingIntent1765400000000 implements MigrationInterface {
  name = 'MatchingIntent1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      ALTER TABLE technology
        ADD COLUMN intents jsonb NOT NULL DEFAULT '[]'::jsonb,
        ADD COLUMN categories text[] NOT NULL DEFAULT '{}',
        ADD COLUMN cost_basis text`);
    await db.query(`
      UPDATE technology SET
        intents = COALESCE(
          (SELECT jsonb_agg(jsonb_build_object('pollutant', p, 'intent', ${INTENT_OF_CATEGORY}) ORDER BY i)
             FROM unnest(pollutants) WITH ORDINALITY AS t(p, i)),
          '[]'::jsonb),
        categories = ARRAY[category],
        sectors = ${WITHOUT_IMPLIED_PARENTS('sectors')}`);
    await db.query(`
      ALTER TABLE need
        ADD COLUMN wants text NOT NULL DEFAULT 'cut',
        ADD COLUMN unit_count integer,
        ADD COLUMN unit_kind text`);
    await db.query(`
      UPDATE need SET
        wants = CASE
          WHEN (title || ' ' || description) ~* ${MEASURE_WORDS} AND (title || ' ' || description) ~* ${CUT_WORDS}
            THEN 'both'
          WHEN (title || ' ' || description) ~* ${MEASURE_WORDS} THEN 'measure'
          ELSE 'cut'
        END,
        sectors = ${WITHOUT_IMPLIED_PARENTS('sectors')}`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE need DROP COLUMN wants, DROP COLUMN unit_count, DROP COLUMN unit_kind`);
    await db.query(
      `ALTER TABLE technology DROP COLUMN intents, DROP COLUMN categories, DROP COLUMN cost_basis`,
    );
  }
}
