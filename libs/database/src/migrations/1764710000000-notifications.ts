import { MigrationInterface, QueryRunner } from 'typeorm';

/** Notification records and the in-app inbox of each organisation (libs/notifications); channels come later. */
export class Notifications1764710000000 implements MigrationInterface {
  name = 'Notifications1764710000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        kind text NOT NULL,
        payload jsonb NOT NULL DEFAULT '{}',
        dedup_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz
      )`);
    await db.query(
      `CREATE UNIQUE INDEX notification_dedup_key ON notification (organization_id, dedup_key) WHERE dedup_key IS NOT NULL`,
    );
    await db.query(
      `CREATE INDEX notification_inbox_idx ON notification (organization_id, created_at DESC, id)`,
    );
    await db.query(
      `CREATE INDEX notification_unread_idx ON notification (organization_id) WHERE read_at IS NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification`);
  }
}
