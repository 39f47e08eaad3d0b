import type { Hit, SearchResponse } from 'meilisearch';
import { readAttribute, searchableTexts } from '../document-fields';
import { escapeHtml } from '../html-escape';
import {
  HIGHLIGHT_POST_TAG,
  HIGHLIGHT_PRE_TAG,
  type SearchDocument,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../search.types';

/**
 * Meilisearch does not escape the text it highlights, so it is asked to mark matches with two
 * private-use characters; the text is escaped first and the markers become tags afterwards.
 */
export const MEILI_HIGHLIGHT_PRE_TAG = '\uE000';
export const MEILI_HIGHLIGHT_POST_TAG = '\uE001';

/** Fields Meilisearch adds to a hit; everything else is the document. */
const HIT_EXTRAS = ['_formatted', '_matchesPosition', '_rankingScore', '_rankingScoreDetails'];

export function fromMeiliResult(
  response: SearchResponse,
  query: SearchQuery,
  primaryKey: string,
): SearchResult {
  const distribution = response.facetDistribution ?? {};
  return {
    hits: response.hits.map((hit) => toSearchHit(hit, query.highlight ?? [], primaryKey)),
    total: response.totalHits ?? response.estimatedTotalHits ?? 0,
    page: query.page,
    limit: query.limit,
    facets: Object.fromEntries(query.facets.map((facet) => [facet, { ...distribution[facet] }])),
  };
}

function toSearchHit(hit: Hit, highlight: string[], primaryKey: string): SearchHit {
  const document: SearchDocument = { ...hit };
  for (const extra of HIT_EXTRAS) delete document[extra];
  const highlights: Record<string, string> = {};
  const formatted = hit._formatted;
  for (const attribute of formatted ? highlight : []) {
    const value = readAttribute(formatted as SearchDocument, attribute);
    if (value === undefined || value === null) continue;
    highlights[attribute] = searchableTexts(value).map(markedHtml).join(', ');
  }
  const searchHit: SearchHit = { id: String(hit[primaryKey]), document, highlights };
  if (typeof hit._rankingScore === 'number') searchHit.score = hit._rankingScore;
  return searchHit;
}

function markedHtml(text: string): string {
  return escapeHtml(text)
    .replaceAll(MEILI_HIGHLIGHT_PRE_TAG, HIGHLIGHT_PRE_TAG)
    .replaceAll(MEILI_HIGHLIGHT_POST_TAG, HIGHLIGHT_POST_TAG);
}
