import { JobType } from '@3ipet/queue';

/** Looks for verdicts older than REVIEW_VERDICT_VALID_DAYS, withdraws their marks and asks for a re-review. Idempotent. */
@JobType('reviews.verdict-expiry', { queue: 'reviews-maintenance', attempts: 3, backoffMs: 5000 })
export class VerdictExpiryJob {}
