import { JobType } from '@3ipet/queue';

export const MATCHING_QUEUE = 'matching';

/** A need was opened, edited or closed: (re)propose its matches. Idempotent; safe to run twice. */
@JobType('matching.recompute-need', { queue: MATCHING_QUEUE, attempts: 8, backoffMs: 2000 })
export class RecomputeNeedMatchesJob {
  needId!: string;
  /** Set when the recompute is part of a curator's recompute-all run, whose progress it counts. */
  runId?: string;
}

/**
 * A listing was published, changed while published or taken offline: find the open needs it fits.
 * The catalog writes this job type to the outbox beside its index job.
 */
@JobType('matching.recompute-technology', { queue: MATCHING_QUEUE, attempts: 8, backoffMs: 2000 })
export class RecomputeTechnologyMatchesJob {
  technologyId!: string;
}

/** The "rebuild everything" beside the two above: queues a recompute of every open need. */
@JobType('matching.recompute-all', { queue: MATCHING_QUEUE, attempts: 3, backoffMs: 5000 })
export class RecomputeAllMatchesJob {
  /** The run to report progress to (absent on jobs queued before runs were recorded). */
  runId?: string;
}
