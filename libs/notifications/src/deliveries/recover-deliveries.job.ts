import { JobType } from '@3ipet/queue';

/** Re-queues deliveries whose job seems lost. Safe to run any number of times. */
@JobType('notifications.recover-deliveries', {
  queue: 'notifications-maintenance',
  attempts: 3,
  backoffMs: 5000,
})
export class RecoverDeliveriesJob {}
