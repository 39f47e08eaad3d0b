import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Needs carry their title and description in other languages (Hindi, Nepali, Sinhala, Chinese …), as listings
 * carry theirs: a list of { language, title, description }, at most one per language. Existing needs have none.
 */
export class NeedTranslations1765590000000 implements MigrationInterface {
  name = 'NeedTranslations1765590000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE need ADD COLUMN translations jsonb NOT NULL DEFAULT '[]'::jsonb`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE need DROP COLUMN translations`);
  }
}
