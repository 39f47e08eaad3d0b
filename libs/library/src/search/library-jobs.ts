import { JobType } from '@3ipet/queue';

export const LIBRARY_INDEX_QUEUE = 'library-index';

/**
 * A resource was published, edited, unpublished or deleted: make the `library` index hold its current state.
 * Retried for about half an hour so a search outage delays the index, never loses an update.
 */
@JobType('library.resource-changed', { queue: LIBRARY_INDEX_QUEUE, attempts: 12, backoffMs: 1000 })
export class LibraryResourceChangedJob {
  resourceId!: string;
}

/** Rebuilds the whole `library` index from the database. */
@JobType('library.reindex', { queue: LIBRARY_INDEX_QUEUE, attempts: 3, backoffMs: 5000 })
export class ReindexLibraryJob {}
