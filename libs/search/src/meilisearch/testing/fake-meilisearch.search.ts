import { SearchInvalidQueryError } from '../../search.errors';
import type {
  FilterClause,
  FilterScalar,
  IndexSettings,
  SearchQuery,
  SearchResult,
} from '../../search.types';
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from '../../search.types';

type Json = Record<string, unknown>;

/** What a fresh Meilisearch v1.15 index answers to GET /indexes/:uid/settings. */
export function defaultMeiliSettings(): Json {
  return {
    displayedAttributes: ['*'],
    searchableAttributes: ['*'],
    filterableAttributes: [],
    sortableAttributes: [],
    rankingRules: ['words', 'typo', 'proximity', 'attribute', 'sort', 'exactness'],
    stopWords: [],
    nonSeparatorTokens: [],
    separatorTokens: [],
    dictionary: [],
    synonyms: {},
    distinctAttribute: null,
    proximityPrecision: 'byWord',
    typoTolerance: {
      enabled: true,
      minWordSizeForTypos: { oneTypo: 5, twoTypos: 9 },
      disableOnWords: [],
      disableOnAttributes: [],
      disableOnNumbers: false,
    },
    faceting: { maxValuesPerFacet: 100, sortFacetValuesBy: { '*': 'alpha' } },
    pagination: { maxTotalHits: 1000 },
    searchCutoffMs: null,
    localizedAttributes: null,
    facetSearch: true,
    prefixSearch: 'indexingTime',
  };
}

/** Nested settings objects are merged by PATCH, lists and scalars replaced, `null` resets to the default. */
const MERGED_SETTINGS = new Set(['typoTolerance', 'faceting', 'pagination']);

export function patchMeiliSettings(current: Json, patch: Json): Json {
  const defaults = defaultMeiliSettings();
  const next = { ...current };
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) next[key] = defaults[key];
    else if (MERGED_SETTINGS.has(key)) next[key] = { ...(current[key] as Json), ...(value as Json) };
    else next[key] = structuredClone(value);
  }
  return next;
}

/**
 * The embedded engine's reading of Meilisearch settings; every filterable attribute can be a facet. The
 * embedded engine needs named searchable attributes: before any are set, the primary key stands in for `*`.
 */
export function toEmbeddedSettings(meili: Json, primaryKey: string): IndexSettings {
  const filterable = (meili.filterableAttributes as (string | { attributePatterns: string[] })[]).flatMap(
    (rule) => (typeof rule === 'string' ? [rule] : rule.attributePatterns),
  );
  const displayed = meili.displayedAttributes as string[];
  const searchable = meili.searchableAttributes as string[];
  return {
    primaryKey,
    searchableAttributes: searchable.includes('*') ? [primaryKey] : [...searchable],
    filterableAttributes: filterable,
    sortableAttributes: [...(meili.sortableAttributes as string[])],
    facetable: filterable,
    synonyms: structuredClone(meili.synonyms as Record<string, string[]>),
    typoTolerance: (meili.typoTolerance as Json).enabled !== false,
    ...(displayed.includes('*') ? {} : { displayedAttributes: [...displayed] }),
  };
}

/** A search body as the embedded engine's query; the filter strings must be the simple forms Meilisearch reads. */
export function toEmbeddedQuery(body: Json): SearchQuery {
  const query: SearchQuery = {
    q: typeof body.q === 'string' ? body.q : '',
    filters: toClauses(body.filter),
    facets: Array.isArray(body.facets) ? (body.facets as string[]) : [],
    page: typeof body.page === 'number' ? body.page : 1,
    limit: typeof body.hitsPerPage === 'number' ? body.hitsPerPage : 20,
  };
  if (Array.isArray(body.sort)) {
    query.sort = (body.sort as string[]).map((entry) => {
      const [field, direction] = entry.split(':');
      if (direction !== 'asc' && direction !== 'desc') {
        throw new SearchInvalidQueryError(`Invalid syntax for the sort parameter: \`${entry}\``, 'sort');
      }
      return { field, direction };
    });
  }
  if (Array.isArray(body.attributesToHighlight)) query.highlight = body.attributesToHighlight as string[];
  return query;
}

function toClauses(filter: unknown): FilterClause[] {
  if (filter === undefined || filter === null) return [];
  const expressions = Array.isArray(filter) ? filter : [filter];
  return expressions.map((expression) => {
    if (typeof expression !== 'string') throw filterError(String(expression));
    const inList = /^(\S+) IN \[(.*)\]$/.exec(expression);
    if (inList) return { field: inList[1], op: 'in', values: literals(inList[2], expression) };
    const comparison = /^(\S+) (>=|<=|=|>|<) (.+)$/.exec(expression);
    if (!comparison) throw filterError(expression);
    const [value, ...extra] = literals(comparison[3], expression);
    if (value === undefined || extra.length > 0) throw filterError(expression);
    const op = ({ '=': 'eq', '>': 'gt', '>=': 'gte', '<': 'lt', '<=': 'lte' } as const)[
      comparison[2] as '=' | '>' | '>=' | '<' | '<='
    ];
    return { field: comparison[1], op, value };
  });
}

/** Comma-separated literals: double-quoted strings with `\` escapes, numbers, true and false. */
function literals(text: string, expression: string): FilterScalar[] {
  const values: FilterScalar[] = [];
  const token = /\s*(?:"((?:[^"\\]|\\.)*)"|(-?\d+(?:\.\d+)?)|(true|false))\s*(,|$)/y;
  while (token.lastIndex < text.length) {
    const match = token.exec(text);
    if (!match) throw filterError(expression);
    if (match[1] !== undefined) values.push(match[1].replace(/\\(.)/g, '$1'));
    else if (match[2] !== undefined) values.push(Number(match[2]));
    else values.push(match[3] === 'true');
    if (match[4] === '') break;
  }
  return values;
}

function filterError(expression: string): SearchInvalidQueryError {
  return new SearchInvalidQueryError(`Was expecting an operation in filter \`${expression}\``, 'filters');
}

/** The embedded result in the shape of Meilisearch's page-based search answer. */
export function toMeiliSearchResponse(result: SearchResult, body: Json, primaryKey: string): Json {
  const preTag = typeof body.highlightPreTag === 'string' ? body.highlightPreTag : '<em>';
  const postTag = typeof body.highlightPostTag === 'string' ? body.highlightPostTag : '</em>';
  const highlighted = Array.isArray(body.attributesToHighlight);
  const response: Json = {
    hits: result.hits.map((hit) => {
      const shown: Json = { ...hit.document, [primaryKey]: hit.document[primaryKey] ?? hit.id };
      if (highlighted) {
        const formatted: Json = Object.fromEntries(
          Object.entries(hit.document).map(([key, value]) => [key, formattedValue(value)]),
        );
        for (const [attribute, html] of Object.entries(hit.highlights)) {
          formatted[attribute] = unescapeHtml(
            html.replaceAll(HIGHLIGHT_PRE_TAG, preTag).replaceAll(HIGHLIGHT_POST_TAG, postTag),
          );
        }
        shown._formatted = formatted;
      }
      if (body.showRankingScore === true) shown._rankingScore = hit.score ?? 1;
      return shown;
    }),
    query: typeof body.q === 'string' ? body.q : '',
    processingTimeMs: 0,
    hitsPerPage: result.limit,
    page: result.page,
    totalPages: Math.ceil(result.total / result.limit),
    totalHits: result.total,
  };
  if (Array.isArray(body.facets)) response.facetDistribution = result.facets;
  return response;
}

/** Meilisearch formats numbers and booleans as strings in `_formatted`. */
function formattedValue(value: unknown): unknown {
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(formattedValue);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, v]) => [key, formattedValue(v)]));
  }
  return value;
}

function unescapeHtml(html: string): string {
  return html
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&');
}

/** The Meilisearch error code for each part of a query the embedded engine refuses. */
export function searchErrorCode(field: string | undefined): string {
  const part = (field ?? '').split(/[[.]/)[0];
  const codes: Record<string, string> = {
    filters: 'invalid_search_filter',
    facets: 'invalid_search_facets',
    sort: 'invalid_search_sort',
    highlight: 'invalid_search_attributes_to_highlight',
    limit: 'invalid_search_hits_per_page',
    page: 'invalid_search_page',
    q: 'invalid_search_q',
  };
  return codes[part] ?? 'bad_request';
}
