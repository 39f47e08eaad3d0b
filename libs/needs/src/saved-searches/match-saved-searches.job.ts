import { JobType } from '@3ipet/queue';

/**
 * A technology was published: alert every organisation whose saved search it matches. Written to the
 * outbox by the catalog's publish transaction. Retried with backoff, which also covers the wait until
 * the listing reaches the search index: 13 tries (about 68 minutes) outlast the catalog's own index
 * job (12 tries, about 34 minutes), so a search outage delays alerts and never drops them.
 */
@JobType('needs.match-saved-searches', { queue: 'needs-alerts', attempts: 13, backoffMs: 1000 })
export class MatchSavedSearchesJob {
  technologyId!: string;
}
