import { JobType } from '@3ipet/queue';

export const SEARCH_INDEX_QUEUE = 'search-index';

/**
 * Makes the search index match the listing's current database state. Retried for about half an hour
 * (12 tries, backoff doubling from 1 s) so a search engine outage delays the index, never loses an update.
 */
@JobType('catalog.index-technology', { queue: SEARCH_INDEX_QUEUE, attempts: 12, backoffMs: 1000 })
export class IndexTechnologyJob {
  technologyId!: string;
}

/** Rebuilds the whole technology index from the database (the "rebuild everything" beside the job above). */
@JobType('catalog.reindex-technologies', { queue: SEARCH_INDEX_QUEUE, attempts: 3, backoffMs: 5000 })
export class ReindexTechnologiesJob {}
