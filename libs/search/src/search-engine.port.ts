import type { IndexSettings, SearchDocument, SearchQuery, SearchResult } from './search.types';

/**
 * What configureIndex did: `created` (the index is new and empty), `updated` (its settings changed, so
 * documents written for the old settings may lack fields the new ones use) or `unchanged`.
 */
export type IndexConfiguration = 'created' | 'updated' | 'unchanged';

/** Writes every document of a rebuilt index through `write`, in batches. */
export type IndexFill = (write: (docs: SearchDocument[]) => Promise<void>) => Promise<void>;

/**
 * What the application needs from a full-text search engine. Also the Nest injection token.
 * Engine failures reject with a `SearchError` subclass; writes resolve once they are searchable.
 */
export abstract class SearchEngine {
  /**
   * Creates the index when missing and applies the settings when they differ from the index's; existing
   * documents are re-indexed. Idempotent: settings already in place send nothing.
   */
  abstract configureIndex(index: string, settings: IndexSettings): Promise<IndexConfiguration>;

  /**
   * Builds the index afresh with these settings from what `fill` writes, then puts it in place of the live
   * one at once: searches meanwhile see the previous documents, never an empty or partial index. Writes to
   * the index through this engine while the build runs reach both copies.
   */
  abstract rebuildIndex(index: string, settings: IndexSettings, fill: IndexFill): Promise<void>;

  /** Adds documents, replacing whole any document with the same primary key. */
  abstract upsert(index: string, docs: SearchDocument[]): Promise<void>;

  /** Removes documents by primary key; unknown ids are ignored. */
  abstract delete(index: string, ids: string[]): Promise<void>;

  /** Removes every document and keeps the settings. */
  abstract clear(index: string): Promise<void>;

  abstract count(index: string): Promise<number>;

  /** Every primary key in the index, in no particular order. */
  abstract getIds(index: string): Promise<string[]>;

  /** Never rejects. */
  abstract isHealthy(): Promise<boolean>;

  abstract search(index: string, query: SearchQuery): Promise<SearchResult>;
}
