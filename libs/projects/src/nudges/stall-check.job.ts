import { JobType } from '@3ipet/queue';

/** Looks for project stages that have not moved for PROJECT_STALL_DAYS and reminds both sides. Idempotent. */
@JobType('projects.stall-check', { queue: 'projects-maintenance', attempts: 3, backoffMs: 5000 })
export class StallCheckJob {}
