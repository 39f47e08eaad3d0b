import { SearchInvalidQueryError } from '../search.errors';
import {
  MAX_REACHABLE_HITS,
  type SearchDocument,
  type SearchHit,
  type SearchQuery,
  type SearchResult,
} from '../search.types';
import { compileFilters, passesFilters } from './compiled-filter';
import { readAttribute, searchableTexts } from '../document-fields';
import type { EmbeddedIndex } from './embedded-index';
import { FacetCounter } from './facet-counter';
import { filteredReadCount, testOrder, visitFilteredSlots } from './filtered-slots';
import { highlightText } from './highlighter';
import { collectMatches, NO_MATCH, NOT_MEASURED } from './match-collector';
import { planQuery, type QueryPlan } from './query-plan';
import { measureRelevance, normalizedScore, packRelevance, TopHits } from './ranking';
import { sortOrder } from './sort-order';

/** Runs a query whose shape was already validated. Synchronous: the index cannot change meanwhile. */
export function searchIndex(index: EmbeddedIndex, query: SearchQuery): SearchResult {
  const filters = compileFilters(query.filters, index.filterable, index.fields);
  const facets = query.facets.map((name, i) => {
    const store = index.fields.get(name);
    if (!index.filterable.has(name) || store === undefined) {
      throw new SearchInvalidQueryError(`"${name}" is not a filterable attribute`, `facets[${i}]`);
    }
    return new FacetCounter(name, store);
  });
  const order = sortOrder(query.sort ?? [], index.sortable, index.fields);
  const top = new TopHits(Math.min(query.page * query.limit, MAX_REACHABLE_HITS), order);
  const scratch = index.scratch;
  const filled = scratch.filledFor;
  const reusable = filled !== undefined && filled.text === query.q && filled.generation === index.generation;
  const plan = reusable
    ? filled.plan
    : planQuery(query.q, index.terms, {
        synonyms: index.synonyms,
        typoTolerance: index.settings.typoTolerance,
      });

  let total = 0;
  const accept = (slot: number, relevance: number): void => {
    total++;
    for (const facet of facets) facet.count(slot);
    top.offer(slot, relevance);
  };

  const live = index.liveFlags();
  if (plan.wordCount === 0 && filters.length > 0) {
    visitFilteredSlots(filters, index, (slot) => accept(slot, 0));
  } else if (plan.wordCount === 0) {
    for (let slot = 0; slot < index.slotCount; slot++) if (live[slot] === 1) accept(slot, 0);
  } else {
    if (!reusable) {
      collectMatches(plan, scratch, index.slotCount);
      scratch.filledFor = { text: query.q, generation: index.generation, plan };
    }
    const relevances = scratch.relevances;
    const offer = (slot: number): void => {
      if (relevances[slot] === NOT_MEASURED) {
        relevances[slot] = packRelevance(measureRelevance(scratch, plan.wordCount, slot));
      }
      accept(slot, relevances[slot]);
    };
    // A selective filter is read from its inverted rows when they are shorter than the text's candidates.
    if (filters.length > 0 && filteredReadCount(filters, index.slotCount) < scratch.candidateCount) {
      const firstWord = scratch.codes[0];
      visitFilteredSlots(filters, index, (slot) => {
        if (firstWord[slot] !== NO_MATCH) offer(slot);
      });
    } else {
      const tests = filters.length > 0 ? testOrder(filters, index, scratch.candidateCount) : filters;
      for (let c = 0; c < scratch.candidateCount; c++) {
        const slot = scratch.candidates[c];
        if (live[slot] === 1 && (tests.length === 0 || passesFilters(tests, slot))) offer(slot);
      }
    }
  }

  const pageSlots = top.bestFirst().slice((query.page - 1) * query.limit);
  return {
    hits: pageSlots.map((slot) => toHit(index, plan, query, slot)),
    total,
    page: query.page,
    limit: query.limit,
    facets: Object.fromEntries(facets.map((facet) => [facet.name, facet.distribution()])),
  };
}

function toHit(index: EmbeddedIndex, plan: QueryPlan, query: SearchQuery, slot: number): SearchHit {
  const stored = index.documentAt(slot) as SearchDocument;
  const highlights: Record<string, string> = {};
  for (const attribute of query.highlight ?? []) {
    const value = readAttribute(stored, attribute);
    if (value === undefined || value === null) continue;
    highlights[attribute] = searchableTexts(value)
      .map((text) => highlightText(text, plan.matched))
      .join(', ');
  }
  const hit: SearchHit = { id: index.idAt(slot) as string, document: displayed(index, stored), highlights };
  if (plan.wordCount > 0) {
    const parts = measureRelevance(index.scratch, plan.wordCount, slot);
    hit.score = normalizedScore(parts, plan.wordCount, index.settings.searchableAttributes.length);
  }
  return hit;
}

function displayed(index: EmbeddedIndex, stored: SearchDocument): SearchDocument {
  const attributes = index.settings.displayedAttributes;
  if (!attributes) return { ...stored };
  return Object.fromEntries(attributes.filter((name) => name in stored).map((name) => [name, stored[name]]));
}
