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

/** The job id of one attempt of one round: adding it twice (a retry and a recovery nudge) runs it once. */
export const attemptJobId = (deliveryId: string, round: number, attempt: number): string =>
  `delivery-${deliveryId}-${round}-${attempt}`;
