import type { IndexSettings, SearchDocument, SearchQuery, SearchResult } from './search.types';

/**
 * What the application needs from a full-text search engine. Also the Nest injection token.
 * Engine failures reject with a `SearchError` subclass; writes resolve once they are searchable.
 */
export abstract class SearchEngine {
  /** Creates the index when missing and applies the settings; existing documents are re-indexed. */
  abstract configureIndex(index: string, settings: IndexSettings): Promise<void>;

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
