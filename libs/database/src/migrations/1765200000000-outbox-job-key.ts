import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The queue job id of an outbox row was derived from its bigserial id, which a restored backup hands out
 * again: a Redis that outlived the restore still held completed jobs under those ids and dropped the new
 * rows' jobs. A random key per row is never reused, whatever is restored.
 */
export class OutboxJobKey1765200000000 implements MigrationInterface {
  name = 'OutboxJobKey1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_message ADD COLUMN job_key uuid NOT NULL DEFAULT gen_random_uuid()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE outbox_message DROP COLUMN job_key`);
  }
}
