/** A scalar that filters compare against. */
export type FilterScalar = string | number | boolean;

/** A document as stored in an index. It must carry its primary key as a string or an integer. */
export type SearchDocument = Record<string, unknown>;

export interface IndexSettings {
  primaryKey: string;
  /** Ordered by importance: a match in an earlier attribute ranks higher. */
  searchableAttributes: string[];
  filterableAttributes: string[];
  sortableAttributes: string[];
  /** Attributes offered as facets; each must also be filterable. */
  facetable: string[];
  /** One-way, as Meilisearch reads them: `{ esp: ['electrostatic precipitator'] }`. See `mutualSynonyms`. */
  synonyms: Record<string, string[]>;
  typoTolerance: boolean;
  /** Attributes returned in hits; all of them when omitted. Must include the primary key. */
  displayedAttributes?: string[];
  /**
   * The languages text in these attributes may be written in (BCP 47, e.g. `zh`, `hi`, `ne`, `si`), so that
   * an engine that segments by language (Meilisearch) does not have to guess from short text. Other
   * attributes are detected per text.
   */
  localizedAttributes?: LocalizedAttributes[];
}

export interface LocalizedAttributes {
  /** Attribute names, or patterns such as `translations.*`. */
  attributes: string[];
  languages: string[];
}

/** OR within the field: matches documents whose field holds any of the values. */
export interface InFilterClause {
  field: string;
  op: 'in';
  values: FilterScalar[];
}

export type ComparisonOperator = 'gte' | 'lte' | 'gt' | 'lt' | 'eq';

export interface ComparisonFilterClause {
  field: string;
  op: ComparisonOperator;
  value: FilterScalar;
}

/** Clauses of a query are combined with AND. */
export type FilterClause = InFilterClause | ComparisonFilterClause;

export type SortDirection = 'asc' | 'desc';

export interface SortClause {
  field: string;
  direction: SortDirection;
}

export interface SearchQuery {
  /** Free text; empty matches every document. */
  q: string;
  filters: FilterClause[];
  /** Filterable attributes whose value counts over all matching documents are wanted. */
  facets: string[];
  /** Relevance when omitted; when given it comes first and relevance breaks ties. */
  sort?: SortClause[];
  /** 1-based. */
  page: number;
  /** 1 to MAX_SEARCH_LIMIT. */
  limit: number;
  /** Attributes returned HTML-escaped with matched terms wrapped in `<mark>`…`</mark>`. */
  highlight?: string[];
}

export interface SearchHit {
  id: string;
  document: SearchDocument;
  /** Relevance between 0 and 1 when the query has text. */
  score?: number;
  highlights: Record<string, string>;
}

/** Facet name → value → number of matching documents holding that value. */
export type FacetDistribution = Record<string, Record<string, number>>;

export interface SearchResult {
  hits: SearchHit[];
  total: number;
  page: number;
  limit: number;
  facets: FacetDistribution;
}

export const MAX_SEARCH_LIMIT = 100;
/** Hits past this rank are never returned: deeper pages come back empty (Meilisearch's `maxTotalHits`). */
export const MAX_REACHABLE_HITS = 100_000;
/** Meilisearch, like the embedded engine, reads at most this many words of a query. */
export const MAX_QUERY_WORDS = 10;
/** Values listed per facet, the most frequent first. */
export const MAX_VALUES_PER_FACET = 100;
export const HIGHLIGHT_PRE_TAG = '<mark>';
export const HIGHLIGHT_POST_TAG = '</mark>';
