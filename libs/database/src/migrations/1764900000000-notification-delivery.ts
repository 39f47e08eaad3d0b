import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Delivery of notifications (libs/notifications): each organisation's channel choice, its webhooks, and one
 * delivery row per notification and channel (per webhook for webhooks) with its attempts and outcome.
 */
export class NotificationDelivery1764900000000 implements MigrationInterface {
  name = 'NotificationDelivery1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE notification_settings (
        organization_id uuid PRIMARY KEY REFERENCES organization (id) ON DELETE CASCADE,
        email_enabled boolean NOT NULL DEFAULT true,
        webhooks_enabled boolean NOT NULL DEFAULT true,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE webhook_endpoint (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        url text NOT NULL,
        events text[] NOT NULL,
        secret text NOT NULL,
        created_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX webhook_endpoint_organization_idx ON webhook_endpoint (organization_id)`);
    await db.query(`
      CREATE TABLE notification_delivery (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        notification_id uuid NOT NULL REFERENCES notification (id) ON DELETE CASCADE,
        organization_id uuid NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
        channel text NOT NULL CHECK (channel IN ('in_app', 'email', 'webhook')),
        target text NOT NULL DEFAULT '',
        status text NOT NULL CHECK (status IN ('queued', 'sent', 'failed', 'dead')),
        attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
        round integer NOT NULL DEFAULT 1 CHECK (round >= 1),
        last_error text,
        next_attempt_at timestamptz,
        lease_owner text,
        lease_until timestamptz,
        completed_parts text[] NOT NULL DEFAULT '{}',
        recoveries integer NOT NULL DEFAULT 0,
        sent_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT notification_delivery_once UNIQUE (notification_id, channel, target)
      ) WITH (fillfactor = 85)`);
    // No index covers attempts, lease or updated_at, and pages keep room: a claim is a HOT update.
    await db.query(
      `CREATE INDEX notification_delivery_pending_idx ON notification_delivery (next_attempt_at)
        WHERE status IN ('queued', 'failed')`,
    );
    await db.query(
      `CREATE INDEX notification_delivery_attention_idx ON notification_delivery (status, created_at DESC)
        WHERE status IN ('failed', 'dead')`,
    );
    await db.query(
      `CREATE INDEX notification_delivery_created_idx ON notification_delivery (created_at DESC, id)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE notification_delivery`);
    await db.query(`DROP TABLE webhook_endpoint`);
    await db.query(`DROP TABLE notification_settings`);
  }
}
