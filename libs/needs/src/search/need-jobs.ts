import { JobType } from '@3ipet/queue';

export const NEED_INDEX_QUEUE = 'needs-index';

/**
 * A need was opened, changed while open, or closed. Named for its future main consumer (matching);
 * until that lib exists the needs lib consumes it to keep the `needs` search index in step, and other
 * libs react through `NeedChangeHooks` instead of a second processor (a job type has exactly one).
 * Retried for about half an hour so a search outage delays the index, never loses an update.
 */
@JobType('matching.need-changed', { queue: NEED_INDEX_QUEUE, attempts: 12, backoffMs: 1000 })
export class NeedChangedJob {
  needId!: string;
}

/** Rebuilds the whole `needs` index from the database (the "rebuild everything" beside the job above). */
@JobType('needs.reindex', { queue: NEED_INDEX_QUEUE, attempts: 3, backoffMs: 5000 })
export class ReindexNeedsJob {}
