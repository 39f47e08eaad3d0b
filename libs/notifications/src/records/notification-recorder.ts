import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@3ipet/database';
import { getJobTypeDefinition } from '@3ipet/queue';
import { DeliverNotificationJob } from '../deliveries/deliver-notification.job';

const DELIVER = getJobTypeDefinition(DeliverNotificationJob).name;

export interface NotificationToRecord {
  organizationId: string;
  kind: string;
  payload: Record<string, unknown>;
  /** When set, a second record with the same key for the same organisation is silently not added. */
  dedupKey?: string;
}

/**
 * The notification, and one delivery per channel the organisation chose (one per webhook subscribed to the
 * kind; e-mail only with an active member to write to), in one statement. The in-app delivery is the inbox
 * row itself, so it is sent when the transaction commits.
 */
const RECORD_WITH_DELIVERIES = `
  WITH recorded AS (
    INSERT INTO notification (organization_id, kind, payload, dedup_key) VALUES ($1, $2, $3::jsonb, $4)
    ON CONFLICT (organization_id, dedup_key) WHERE dedup_key IS NOT NULL DO NOTHING
    RETURNING id),
  choice AS (
    SELECT coalesce(s.email_enabled, true)
             AND EXISTS (SELECT 1 FROM app_user u WHERE u.organization_id = $1 AND u.status = 'active') AS email,
           coalesce(s.webhooks_enabled, true) AS webhooks
      FROM (SELECT 1) AS one LEFT JOIN notification_settings s ON s.organization_id = $1),
  targets (channel, target, status) AS (
    SELECT 'in_app', '', 'sent'
    UNION ALL SELECT 'email', '', 'queued' FROM choice WHERE choice.email
    UNION ALL SELECT 'webhook', w.id::text, 'queued' FROM choice, webhook_endpoint w
               WHERE choice.webhooks AND w.organization_id = $1 AND $2 = ANY (w.events))
  INSERT INTO notification_delivery (notification_id, organization_id, channel, target, status, sent_at, next_attempt_at)
  SELECT recorded.id, $1, channel, target, status,
         CASE WHEN status = 'sent' THEN now() END, CASE WHEN status = 'queued' THEN now() END
    FROM recorded CROSS JOIN targets
  RETURNING id, status`;

/**
 * Writes notification records in the caller's transaction, so the cause and its notice commit together — and
 * with them the deliveries and the outbox rows that will send them.
 */
@Injectable()
export class NotificationRecorder {
  constructor(private readonly outbox: OutboxWriter) {}

  /** Returns true when the record was added, false when its dedup key was already recorded. */
  async record(manager: EntityManager, notification: NotificationToRecord): Promise<boolean> {
    const deliveries: { id: string; status: string }[] = await manager.query(RECORD_WITH_DELIVERIES, [
      notification.organizationId,
      notification.kind,
      JSON.stringify(notification.payload),
      notification.dedupKey ?? null,
    ]);
    await this.outbox.add(
      manager,
      ...deliveries
        .filter((delivery) => delivery.status === 'queued')
        .map(({ id }) => ({ jobType: DELIVER, payload: { deliveryId: id }, dedupKey: `delivery:${id}` })),
    );
    // Every recorded notification has its in-app delivery: none means the dedup key was already there.
    return deliveries.length > 0;
  }
}
