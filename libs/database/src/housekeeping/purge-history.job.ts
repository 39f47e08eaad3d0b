import { JobType } from '@3ipet/queue';

/** Removes the delivery history that has outlived its use (see DeliveryHistoryPurge). */
@JobType('database.purge-delivery-history', { queue: 'database-maintenance', attempts: 3, backoffMs: 60_000 })
export class PurgeDeliveryHistoryJob {}
