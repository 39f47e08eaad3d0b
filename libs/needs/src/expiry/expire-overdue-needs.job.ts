import { JobType } from '@3ipet/queue';

/** Closes open needs whose deadline has passed, as `expired`. Safe to run any number of times. */
@JobType('needs.expire-overdue', { queue: 'needs-maintenance', attempts: 3, backoffMs: 60_000 })
export class ExpireOverdueNeedsJob {}
