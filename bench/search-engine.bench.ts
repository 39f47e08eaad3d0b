/*
 * Embedded search engine benchmark: 100k synthetic listings, ~500 mixed queries, MiniSearch 7.2 as baseline.
 * Plain node, no jest; the engine is imported by relative path because the @3ipet alias only exists
 * for tsc and jest. Run from the repository root:
 *
 *   rm -rf /tmp/3ipet-search-bench && node_modules/.bin/swc bench/search-engine.bench.ts bench/support libs/search/src \
 *     -d /tmp/3ipet-search-bench --config-file .swcrc --quiet && \
 *   NODE_PATH=$PWD/node_modules node_modules/.bin/node --expose-gc /tmp/3ipet-search-bench/bench/search-engine.bench.js
 *
 * Optional: BENCH_DOCS=50000 to change the corpus size.
 */
/* eslint-disable no-restricted-imports, no-restricted-syntax -- a standalone script: see above */
import MiniSearch from 'minisearch';
import { EmbeddedSearchEngine } from '../libs/search/src/embedded/embedded-search-engine';
import { visitIndexTerms } from '../libs/search/src/embedded/tokenizer';
import type { FilterClause, IndexSettings, SearchQuery } from '../libs/search/src/search.types';
import { mutualSynonyms } from '../libs/search/src/synonyms';
import {
  CATEGORIES,
  CHINESE_QUERIES,
  COUNTRIES,
  generateListings,
  pick,
  POLLUTANTS,
  seededRandom,
  withTypo,
  type BenchListing,
} from './support/search-listing-generator';

const DOCS = Number(process.env.BENCH_DOCS ?? 100_000);
const QUERIES = 500;
const WARM_UP = 50;
const FACETS = ['pollutants', 'sectors', 'country', 'trl', 'category'];
const SEARCHABLE = ['title', 'titleZh', 'category', 'summary', 'pollutants', 'sectors', 'vendorName'];

const settings: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: SEARCHABLE,
  filterableAttributes: [
    'pollutants',
    'sectors',
    'country',
    'suppliedTo',
    'trl',
    'capitalCostUsd',
    'category',
    'verified',
  ],
  sortableAttributes: ['trl', 'capitalCostUsd'],
  facetable: FACETS,
  synonyms: mutualSynonyms([
    ['esp', 'electrostatic precipitator', '静电除尘'],
    ['bag filter', 'fabric filter', 'baghouse'],
    ['脱硫', 'desulfurisation', 'desulfurization'],
    ['fgd', 'flue gas desulfurisation'],
    ['scr', 'selective catalytic reduction'],
    ['cems', 'continuous emission monitoring system'],
    ['dpf', 'diesel particulate filter'],
  ]),
  typoTolerance: true,
};

interface Timing {
  p50: number;
  p95: number;
  max: number;
}

type QueryKind = 'typo + 2 filters' | 'empty + 2 filters' | 'chinese';

interface BenchQuery {
  kind: QueryKind;
  query: SearchQuery;
}

/** 60% typo query + 2 filters, 20% empty query + 2 filters, 20% Chinese query (+ 0-1 filter); 5 facets each. */
function buildQueries(): BenchQuery[] {
  const random = seededRandom(99);
  return Array.from({ length: QUERIES + WARM_UP }, (_, i) => {
    const slot = i % 10;
    const pollutantFilter: FilterClause = {
      field: 'pollutants',
      op: 'in',
      values: [pick(random, POLLUTANTS), pick(random, POLLUTANTS)],
    };
    const trlFilter: FilterClause = { field: 'trl', op: 'gte', value: 1 + Math.floor(random() * 8) };
    const countryFilter: FilterClause = { field: 'country', op: 'in', values: [pick(random, COUNTRIES)] };
    const base = { facets: FACETS, page: 1, limit: 20 };
    if (slot < 6) {
      const q = withTypo(random, pick(random, CATEGORIES));
      return { kind: 'typo + 2 filters', query: { ...base, q, filters: [pollutantFilter, trlFilter] } };
    }
    if (slot < 8)
      return { kind: 'empty + 2 filters', query: { ...base, q: '', filters: [countryFilter, trlFilter] } };
    const filters = slot === 8 ? [trlFilter] : [];
    return { kind: 'chinese', query: { ...base, q: pick(random, CHINESE_QUERIES), filters } };
  });
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * share) - 1)];
}

function summarize(durations: number[]): Timing {
  const sorted = [...durations].sort((a, b) => a - b);
  return { p50: percentile(sorted, 0.5), p95: percentile(sorted, 0.95), max: sorted[sorted.length - 1] };
}

function heapUsedMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1024 / 1024;
}

/** Times every query; the first WARM_UP ones only warm the JIT up. */
async function timeQueries(queries: BenchQuery[], run: (query: SearchQuery) => Promise<number> | number) {
  const all: number[] = [];
  const byKind = new Map<QueryKind, number[]>();
  let totalHits = 0;
  for (const [i, { kind, query }] of queries.entries()) {
    const started = performance.now();
    const hits = await run(query);
    const elapsed = performance.now() - started;
    if (i < WARM_UP) continue;
    all.push(elapsed);
    byKind.set(kind, [...(byKind.get(kind) ?? []), elapsed]);
    totalHits += hits;
  }
  const kinds = [...byKind].map(([kind, durations]) => ({
    kind,
    count: durations.length,
    ...summarize(durations),
  }));
  return { timing: summarize(all), kinds, meanHits: totalHits / all.length };
}

async function benchEmbedded(listings: BenchListing[], queries: BenchQuery[]) {
  const heapBefore = heapUsedMb();
  const engine = new EmbeddedSearchEngine();
  const started = performance.now();
  await engine.configureIndex('listings', settings);
  await engine.upsert('listings', listings as unknown as Record<string, unknown>[]);
  const buildMs = performance.now() - started;
  const heapAddedMb = heapUsedMb() - heapBefore;
  const timed = await timeQueries(queries, async (query) => (await engine.search('listings', query)).total);
  return { buildMs, heapAddedMb, ...timed };
}

/** Same tokens as the embedded engine (CJK bigrams included), so both search the same terms. */
function tokenize(text: string): string[] {
  const terms: string[] = [];
  visitIndexTerms(text, 0, (term) => terms.push(term));
  return terms;
}

function benchMiniSearch(listings: BenchListing[], queries: BenchQuery[]) {
  const heapBefore = heapUsedMb();
  const started = performance.now();
  const mini = new MiniSearch<BenchListing>({
    fields: SEARCHABLE,
    storeFields: ['pollutants', 'sectors', 'country', 'trl', 'category'],
    extractField: (doc, field) => {
      const value = (doc as unknown as Record<string, unknown>)[field];
      return Array.isArray(value) ? value.join(' ') : value === undefined ? '' : String(value);
    },
    tokenize,
    processTerm: (term) => term,
  });
  mini.addAll(listings);
  const buildMs = performance.now() - started;
  const heapAddedMb = heapUsedMb() - heapBefore;

  const run = (query: SearchQuery): number => {
    const accept = (result: Record<string, unknown>) =>
      query.filters.every((clause) => {
        const value = result[clause.field];
        if (clause.op === 'in')
          return (Array.isArray(value) ? value : [value]).some((v) => clause.values.includes(v));
        return (value as number) >= (clause.value as number);
      });
    const results = query.q
      ? mini.search(query.q, {
          prefix: (_term, index, terms) => index === terms.length - 1,
          fuzzy: (term) => (term.length >= 9 ? 2 : term.length >= 5 ? 1 : false),
          maxFuzzy: 2,
          filter: accept,
        })
      : mini.search(MiniSearch.wildcard, { filter: accept });
    const facets = new Map(query.facets.map((facet) => [facet, new Map<string, number>()]));
    for (const result of results) {
      for (const [facet, counts] of facets) {
        const value = result[facet];
        for (const v of Array.isArray(value) ? value : [value])
          counts.set(String(v), (counts.get(String(v)) ?? 0) + 1);
      }
    }
    return results.length;
  };
  return timeQueries(queries, run).then((timed) => ({ buildMs, heapAddedMb, ...timed }));
}

const format = (ms: number) => `${ms.toFixed(2)} ms`;

async function main(): Promise<void> {
  const listings = generateListings(DOCS);
  const queries = buildQueries();
  console.log(
    `node ${process.version}, ${DOCS} listings, ${QUERIES} measured queries after ${WARM_UP} warm-up`,
  );

  const embedded = await benchEmbedded(listings, queries);
  console.log(
    `embedded   build ${format(embedded.buildMs)}, heap added ${embedded.heapAddedMb.toFixed(1)} MB, ` +
      `p50 ${format(embedded.timing.p50)}, p95 ${format(embedded.timing.p95)}, max ${format(embedded.timing.max)}, ` +
      `mean total ${embedded.meanHits.toFixed(0)} hits/query`,
  );
  for (const { kind, count, p50, p95, max } of embedded.kinds) {
    console.log(`  ${kind.padEnd(18)} ×${count}: p50 ${format(p50)}, p95 ${format(p95)}, max ${format(max)}`);
  }

  const mini = await benchMiniSearch(listings, queries);
  console.log(
    `minisearch build ${format(mini.buildMs)}, heap added ${mini.heapAddedMb.toFixed(1)} MB, ` +
      `p50 ${format(mini.timing.p50)}, p95 ${format(mini.timing.p95)}, max ${format(mini.timing.max)}, ` +
      `mean total ${mini.meanHits.toFixed(0)} hits/query`,
  );
  for (const { kind, count, p50, p95, max } of mini.kinds) {
    console.log(`  ${kind.padEnd(18)} ×${count}: p50 ${format(p50)}, p95 ${format(p95)}, max ${format(max)}`);
  }
  const ratio = (a: number, b: number) => (a / b).toFixed(1);
  console.log(
    `speed-up   p50 ×${ratio(mini.timing.p50, embedded.timing.p50)}, p95 ×${ratio(mini.timing.p95, embedded.timing.p95)}, ` +
      `build ×${ratio(mini.buildMs, embedded.buildMs)}, heap ×${ratio(mini.heapAddedMb, embedded.heapAddedMb)} less`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
