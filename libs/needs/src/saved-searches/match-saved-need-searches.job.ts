import { JobType } from '@3ipet/queue';

/**
 * A need was opened: alert every verified vendor whose saved search of needs it matches. Written to the outbox by
 * the open transaction; retried with backoff, which also covers the wait until the need reaches the search index.
 */
@JobType('needs.match-saved-need-searches', { queue: 'needs-alerts', attempts: 13, backoffMs: 1000 })
export class MatchSavedNeedSearchesJob {
  needId!: string;
}
