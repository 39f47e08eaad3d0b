import { MigrationInterface, QueryRunner } from 'typeorm';

export class Outbox1764400000000 implements MigrationInterface {
  name = 'Outbox1764400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await db.query(`
      CREATE TABLE outbox_message (
        id bigserial PRIMARY KEY,
        job_type text NOT NULL,
        payload jsonb NOT NULL,
        dedup_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        available_at timestamptz NOT NULL DEFAULT now(),
        attempts integer NOT NULL DEFAULT 0,
        last_error text,
        dispatched_at timestamptz
      )`);
    await db.query(
      `CREATE INDEX outbox_message_pending_idx ON outbox_message (available_at, id) WHERE dispatched_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE processed_message (
        consumer text NOT NULL,
        message_key text NOT NULL,
        processed_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (consumer, message_key)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE processed_message`);
    await db.query(`DROP TABLE outbox_message`);
  }
}
