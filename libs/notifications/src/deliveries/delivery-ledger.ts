import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { DeliveryChannel, DeliveryStatus } from './delivery-status';
import type { DeliveryWork } from './delivery-work';

export interface FailureRecord {
  error: string;
  /** No retry can help: dead now, whatever the attempts left. */
  permanent: boolean;
  maxAttempts: number;
  retryDelayMs: number;
}

export interface FailureOutcome {
  status: Extract<DeliveryStatus, 'failed' | 'dead'>;
  attempts: number;
  round: number;
}

interface ClaimedRow {
  id: string;
  channel: DeliveryChannel;
  target: string;
  attempts: number;
  round: number;
  completed_parts: string[];
  notification_id: string;
  organization_id: string;
  kind: string;
  payload: Record<string, unknown>;
  created_at: Date;
  webhook_url: string | null;
  webhook_secret: string | null;
  recipients: string[] | null;
}

/**
 * The delivery row's state changes, each one conditional statement. A claim makes one job the only one trying
 * a delivery: other jobs for it (a recovery nudge, a duplicate) find it claimed and step aside. The same job
 * id may take its own claim back: that is BullMQ re-running a job whose worker died. (UPDATE … RETURNING is
 * wrapped in a CTE because TypeORM answers a bare UPDATE with [rows, count].)
 */
@Injectable()
export class DeliveryLedger {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Claims the next attempt and reads what sending needs, in one statement; null when there is nothing to
   * try.
   */
  async claim(deliveryId: string, jobId: string, leaseMs: number): Promise<DeliveryWork | null> {
    const rows: ClaimedRow[] = await this.dataSource.query(
      `WITH claimed AS (
         UPDATE notification_delivery
            SET attempts = attempts + 1, lease_owner = $2, updated_at = now(),
                lease_until = now() + ($3::int * interval '1 millisecond')
          WHERE id = $1 AND status IN ('queued', 'failed')
            AND (lease_until IS NULL OR lease_until < now() OR lease_owner = $2)
          RETURNING id, channel, target, attempts, round, completed_parts, notification_id, organization_id)
       SELECT c.*, n.kind, n.payload, n.created_at, w.url AS webhook_url, w.secret AS webhook_secret,
              CASE WHEN c.channel = 'email' THEN ARRAY(
                SELECT u.locale || ' ' || u.email FROM app_user u
                 WHERE u.organization_id = c.organization_id AND u.status = 'active' ORDER BY u.email) END AS recipients
         FROM claimed c
         JOIN notification n ON n.id = c.notification_id
         LEFT JOIN webhook_endpoint w
           ON c.channel = 'webhook' AND w.id::text = c.target AND w.organization_id = c.organization_id`,
      [deliveryId, jobId, leaseMs],
    );
    return rows[0] ? toWork(rows[0]) : null;
  }

  /** Gives an attempt back untried (it was put off by the rate limit). */
  async release(deliveryId: string, jobId: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_delivery SET attempts = attempts - 1, lease_owner = NULL, lease_until = NULL, updated_at = now()
        WHERE id = $1 AND lease_owner = $2`,
      [deliveryId, jobId],
    );
  }

  async partSent(deliveryId: string, jobId: string, part: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE notification_delivery SET completed_parts = array_append(completed_parts, $3), updated_at = now()
        WHERE id = $1 AND lease_owner = $2`,
      [deliveryId, jobId, part],
    );
  }

  /** False when the claim was lost meanwhile (the lease ran out and another job took over). */
  async sent(deliveryId: string, jobId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `WITH done AS (
         UPDATE notification_delivery
            SET status = 'sent', sent_at = now(), last_error = NULL, next_attempt_at = NULL,
                lease_owner = NULL, lease_until = NULL, updated_at = now()
          WHERE id = $1 AND lease_owner = $2 RETURNING id)
       SELECT * FROM done`,
      [deliveryId, jobId],
    );
    return rows.length === 1;
  }

  async failed(deliveryId: string, jobId: string, failure: FailureRecord): Promise<FailureOutcome | null> {
    const rows: FailureOutcome[] = await this.dataSource.query(
      `WITH recorded AS (
         UPDATE notification_delivery
            SET status = CASE WHEN $4::boolean OR attempts >= $5::int THEN 'dead' ELSE 'failed' END,
                next_attempt_at = CASE WHEN $4::boolean OR attempts >= $5::int THEN NULL
                                       ELSE now() + ($6::int * interval '1 millisecond') END,
                last_error = $3, lease_owner = NULL, lease_until = NULL, updated_at = now()
          WHERE id = $1 AND lease_owner = $2
          RETURNING status, attempts, round)
       SELECT * FROM recorded`,
      [
        deliveryId,
        jobId,
        failure.error.slice(0, 2000),
        failure.permanent,
        failure.maxAttempts,
        failure.retryDelayMs,
      ],
    );
    return rows[0] ?? null;
  }
}

function toWork(row: ClaimedRow): DeliveryWork {
  return {
    deliveryId: row.id,
    channel: row.channel,
    target: row.target,
    round: row.round,
    attempts: row.attempts,
    completedParts: row.completed_parts,
    notification: {
      id: row.notification_id,
      organizationId: row.organization_id,
      kind: row.kind,
      payload: row.payload,
      createdAt: new Date(row.created_at),
    },
    webhook:
      row.webhook_url && row.webhook_secret ? { url: row.webhook_url, secret: row.webhook_secret } : null,
    recipients: (row.recipients ?? []).map((entry) => {
      const space = entry.indexOf(' ');
      return { locale: entry.slice(0, space), email: entry.slice(space + 1) };
    }),
  };
}
