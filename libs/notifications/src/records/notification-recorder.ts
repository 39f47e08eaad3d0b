import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxSignal, PreparedStatement } from '@3ipet/database';
import { getJobTypeDefinition } from '@3ipet/queue';
import { DeliverNotificationJob } from '../deliveries/deliver-notification.job';

const DELIVER = getJobTypeDefinition(DeliverNotificationJob).name;

export interface NotificationToRecord {
  organizationId: string;
  kind: string;
  payload: Record<string, unknown>;
  /** When set, a second record with the same key for the same organisation is silently not added. */
  dedupKey?: string;
  /**
   * The channels, all by default. `inbox: false` is an e-mail-only notice (a digest of what the inbox already
   * listed); `email: false` leaves e-mail to such a digest.
   */
  channels?: { inbox?: boolean; email?: boolean };
}

/**
 * Notifications, one delivery per channel each organisation chose (one per webhook subscribed to the kind;
 * e-mail only with an active member to write to) and an outbox row per delivery to send, in one statement,
 * so it is atomic even outside a transaction. The in-app delivery is the inbox row itself, so it is sent
 * when the statement commits. Ids come from the caller so each input can learn whether it was recorded.
 */
const RECORD_WITH_DELIVERIES = new PreparedStatement<{ id: string; dispatched: number }>(
  'notifications.record-with-deliveries',
  `
  WITH input AS (
    SELECT * FROM jsonb_to_recordset($1::jsonb)
      AS i (id uuid, organization_id uuid, kind text, payload jsonb, dedup_key text, in_inbox boolean, email boolean)),
  recorded AS (
    INSERT INTO notification (id, organization_id, kind, payload, dedup_key, in_inbox)
    SELECT id, organization_id, kind, payload, dedup_key, in_inbox FROM input
    ON CONFLICT (organization_id, dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
    RETURNING id, organization_id, kind, in_inbox),
  choice AS (
    SELECT r.id, r.organization_id, r.kind, r.in_inbox,
           i.email AND coalesce(s.email_enabled, true)
             AND EXISTS (SELECT 1 FROM app_user u WHERE u.organization_id = r.organization_id AND u.status = 'active')
             AS email,
           r.in_inbox AND coalesce(s.webhooks_enabled, true) AS webhooks
      FROM recorded r JOIN input i ON i.id = r.id
      LEFT JOIN notification_settings s ON s.organization_id = r.organization_id),
  targets (notification_id, organization_id, channel, target, status) AS (
    SELECT id, organization_id, 'in_app', '', 'sent' FROM choice WHERE in_inbox
    UNION ALL SELECT id, organization_id, 'email', '', 'queued' FROM choice WHERE email
    UNION ALL SELECT c.id, c.organization_id, 'webhook', w.id::text, 'queued'
                FROM choice c JOIN webhook_endpoint w
                  ON w.organization_id = c.organization_id AND c.kind = ANY (w.events)
               WHERE c.webhooks),
  deliveries AS (
    INSERT INTO notification_delivery (notification_id, organization_id, channel, target, status, sent_at, next_attempt_at)
    SELECT notification_id, organization_id, channel, target, status,
           CASE WHEN status = 'sent' THEN now() END, CASE WHEN status = 'queued' THEN now() END
      FROM targets
    RETURNING id, status),
  dispatched AS (
    INSERT INTO outbox_message (job_type, payload, dedup_key)
    SELECT $2, jsonb_build_object('deliveryId', d.id::text), 'delivery:' || d.id::text
      FROM deliveries d WHERE d.status = 'queued'
    RETURNING 1)
  SELECT id::text AS id, (SELECT count(*) FROM dispatched)::int AS dispatched FROM recorded`,
);

/**
 * Writes notification records, in the caller's transaction when there is one, so the cause and its notice
 * commit together — and with them the deliveries and the outbox rows that will send them.
 */
@Injectable()
export class NotificationRecorder {
  constructor(private readonly outboxSignal: OutboxSignal) {}

  /** Returns true when the record was added, false when its dedup key was already recorded. */
  async record(manager: EntityManager, notification: NotificationToRecord): Promise<boolean> {
    const [added] = await this.recordMany(manager, [notification]);
    return added;
  }

  /** One statement for all; for each input, whether it was added (false: its dedup key was already there). */
  async recordMany(
    manager: EntityManager,
    notifications: readonly NotificationToRecord[],
  ): Promise<boolean[]> {
    if (notifications.length === 0) return [];
    const ids = notifications.map(() => randomUUID());
    // One JSON document rather than an array per column: the payloads are not encoded twice.
    const input = notifications.map((n, i) => ({
      id: ids[i],
      organization_id: n.organizationId,
      kind: n.kind,
      payload: n.payload,
      dedup_key: n.dedupKey ?? null,
      in_inbox: n.channels?.inbox ?? true,
      email: n.channels?.email ?? true,
    }));
    const recorded = await RECORD_WITH_DELIVERIES.run(manager, [JSON.stringify(input), DELIVER]);
    if (recorded[0]?.dispatched) this.outboxSignal.wrote(manager);
    const added = new Set(recorded.map((row) => row.id));
    return ids.map((id) => added.has(id));
  }
}
