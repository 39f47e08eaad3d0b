import { randomUUID } from 'node:crypto';
import { JobType } from '@3ipet/queue';

export const DELIVERY_QUEUE = 'match-notifications';

/**
 * "Try this delivery now, if it still needs trying." Jobs are nudges: the delivery row decides, so a
 * duplicate job is harmless. The attempts here only cover the handler itself failing (e.g. the database is
 * briefly away); retries of the channel (SMTP, webhook) are counted on the delivery row, see
 * DeliveryAttempts.
 */
@JobType('notifications.deliver', { queue: DELIVERY_QUEUE, attempts: 10, backoffMs: 2000 })
export class DeliverNotificationJob {
  constructor(readonly deliveryId: string) {}
}

/**
 * The job id of one nudge for one attempt of one round. Round and attempt make it readable; the random part
 * makes it unique for the life of the data: a restored database counts rounds, attempts and recoveries again
 * from where the backup was, and a Redis that outlived the restore would drop a job whose id it completed.
 * A duplicate nudge is harmless (the delivery claim lets one job try at a time).
 */
export const attemptJobId = (deliveryId: string, round: number, attempt: number, kind: string): string =>
  `delivery-${deliveryId}-${round}-${attempt}-${kind}-${randomUUID()}`;
