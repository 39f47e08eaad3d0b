/*
 * Technology search through the api (fastify inject of GET /api/v1/technologies/search: routing, auth guard,
 * validation pipe, the catalog's search service, JSON) as a ratio of querying the embedded engine in-process
 * with the same query, on 100k synthetic listings, measured in the same run. Goals: ratio >= 0.7x, p95 <= 25 ms.
 * Plain node, no jest. Run from the repository root:
 *
 *   rm -rf /tmp/3ipet-catalog-bench && mkdir -p /tmp/3ipet-catalog-bench/tools && \
 *   cp tools/register-aliases.js /tmp/3ipet-catalog-bench/tools/ && \
 *   node_modules/.bin/swc apps/api/src libs bench/catalog-search.bench.ts -d /tmp/3ipet-catalog-bench/dist \
 *     --config-file .swcrc --quiet && \
 *   NODE_PATH=$PWD/node_modules node_modules/.bin/node -r /tmp/3ipet-catalog-bench/tools/register-aliases.js \
 *     /tmp/3ipet-catalog-bench/dist/bench/catalog-search.bench.js
 *
 * Optional: BENCH_DOCS=20000 to change the corpus size.
 */
/* eslint-disable no-restricted-syntax -- a standalone script, outside the app's config */
import 'reflect-metadata';
import { randomUUID } from 'node:crypto';
import {
  TECHNOLOGY_INDEX,
  TECHNOLOGY_INDEX_SETTINGS,
  Technology,
  seededRandom,
  syntheticListings,
  toTechnologyDocument,
} from '@3ipet/catalog';
import { loadConfig } from '@3ipet/config';
import { FilterClause, SearchEngine, SearchQuery } from '@3ipet/search';
import { createApiApp } from '../apps/api/src/bootstrap';

const DOCS = Number(process.env.BENCH_DOCS ?? 100_000);
const QUERIES = 300;
const ROUNDS = 3;
const FACETS = ['pollutants', 'sectors', 'category', 'countries', 'trl'];
const TEXTS = [
  '',
  '',
  'electrostatic precipitator',
  'electrostatc precipitator',
  'ESP',
  'baghouse',
  'bag filter',
  'sensor network',
  'cookstove',
  'tunnel kiln',
  'brick kiln dust',
  '静电除尘',
  '脱硫',
  'SCR cement',
  'diesel',
  'fog cannon',
];
const POLLUTANTS = ['pm2.5', 'pm10', 'so2', 'nox', 'black-carbon', 'vocs'];
const COUNTRIES = ['NP', 'LK', 'IN', 'BD'];

interface QuerySpec {
  q: string;
  pollutants?: string;
  countries?: string;
  trlMin?: number;
  costMax?: number;
}

function querySpecs(): QuerySpec[] {
  const random = seededRandom(99);
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
  return Array.from({ length: QUERIES }, () => ({
    q: pick(TEXTS),
    ...(random() < 0.4 ? { pollutants: pick(POLLUTANTS) } : {}),
    ...(random() < 0.3 ? { countries: pick(COUNTRIES) } : {}),
    ...(random() < 0.3 ? { trlMin: 5 + Math.floor(random() * 5) } : {}),
    ...(random() < 0.2 ? { costMax: 50_000 } : {}),
  }));
}

const toUrl = (spec: QuerySpec) =>
  `/api/v1/technologies/search?${new URLSearchParams(Object.entries(spec).map(([k, v]): [string, string] => [k, String(v)])).toString()}`;

/** What the catalog's search service sends the engine for the same parameters. */
function toEngineQuery(spec: QuerySpec): SearchQuery {
  const filters: FilterClause[] = [];
  if (spec.pollutants) filters.push({ field: 'pollutants', op: 'in', values: [spec.pollutants] });
  if (spec.countries) filters.push({ field: 'countries', op: 'in', values: [spec.countries] });
  if (spec.trlMin !== undefined) filters.push({ field: 'trl', op: 'gte', value: spec.trlMin });
  if (spec.costMax !== undefined) filters.push({ field: 'costMin', op: 'lte', value: spec.costMax });
  return { q: spec.q, filters, facets: FACETS, page: 1, limit: 20, highlight: ['title', 'summary'] };
}

async function fillIndex(engine: SearchEngine): Promise<void> {
  await engine.configureIndex(TECHNOLOGY_INDEX, TECHNOLOGY_INDEX_SETTINGS);
  const vendors = Array.from({ length: 300 }, (_, i) => ({
    id: randomUUID(),
    name: `${['Zhejiang', 'Jiangsu', 'Hebei', 'Guangdong'][i % 4]} Environmental Co. ${i}`,
    country: 'CN',
    city: 'Hangzhou',
    verified: i % 3 === 0,
  }));
  let batch: Record<string, unknown>[] = [];
  let n = 0;
  for (const input of syntheticListings(DOCS, 2025)) {
    const vendor = vendors[n % vendors.length];
    const technology = Object.assign(new Technology(), {
      ...input,
      id: randomUUID(),
      version: 1,
      status: 'published',
      vendorOrganizationId: vendor.id,
      translations: input.translations ?? [],
      removalEfficiency: input.removalEfficiency ?? [],
      referenceProjects: [],
      capitalCostMinUsd: input.capitalCostMinUsd ?? null,
      capitalCostMaxUsd: input.capitalCostMaxUsd ?? null,
      operatingCostNote: null,
      deploymentCountries: input.deploymentCountries ?? [],
      supplyCountries: input.supplyCountries ?? [],
      certifications: input.certifications ?? [],
      dealTypes: input.dealTypes ?? [],
      supportLanguages: input.supportLanguages ?? [],
      publishedAt: new Date(Date.now() - n * 60_000),
      updatedAt: new Date(),
    });
    batch.push(toTechnologyDocument(technology, vendor));
    n += 1;
    if (batch.length === 1000) {
      await engine.upsert(TECHNOLOGY_INDEX, batch);
      batch = [];
    }
  }
  if (batch.length > 0) await engine.upsert(TECHNOLOGY_INDEX, batch);
}

/** Latency of each side per query, interleaved (and alternating who goes first) so machine load hits both alike. */
async function measurePairs(
  sides: [(spec: QuerySpec) => Promise<void>, (spec: QuerySpec) => Promise<void>],
  specs: QuerySpec[],
): Promise<[number[], number[]]> {
  const latencies: [number[], number[]] = [[], []];
  for (const [i, spec] of specs.entries()) {
    for (const side of i % 2 === 0 ? [0, 1] : [1, 0]) {
      const started = performance.now();
      await sides[side](spec);
      latencies[side].push(performance.now() - started);
    }
  }
  return latencies;
}

async function main(): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SEED_ON_FIRST_START: 'false',
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
  });
  const app = await createApiApp(config, { embeddedDataDir: 'memory://', runMigrations: true });
  try {
    const engine = app.get(SearchEngine);
    const fastify = app.getHttpAdapter().getInstance();
    const startedAt = performance.now();
    await fillIndex(engine);
    print(`indexed ${DOCS} synthetic listings in ${((performance.now() - startedAt) / 1000).toFixed(1)} s`);
    const specs = querySpecs();
    const viaApi = async (spec: QuerySpec) => {
      const response = await fastify.inject({ method: 'GET', url: toUrl(spec) });
      if (response.statusCode !== 200)
        throw new Error(`${toUrl(spec)} answered ${response.statusCode}: ${response.body}`);
    };
    const inProcess = async (spec: QuerySpec) => {
      await engine.search(TECHNOLOGY_INDEX, toEngineQuery(spec));
    };
    await measurePairs([inProcess, viaApi], specs.slice(0, 50));
    const rawLatencies: number[] = [];
    const apiLatencies: number[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const [raw, api] = await measurePairs([inProcess, viaApi], specs);
      rawLatencies.push(...raw);
      apiLatencies.push(...api);
    }
    const throughput = (latencies: number[]) =>
      latencies.length / (latencies.reduce((a, b) => a + b, 0) / 1000);
    print(
      `in-process engine: ${throughput(rawLatencies).toFixed(0)} queries/s, p50 ${pct(rawLatencies, 50)} ms, p95 ${pct(rawLatencies, 95)} ms`,
    );
    print(
      `api endpoint:      ${throughput(apiLatencies).toFixed(0)} queries/s, p50 ${pct(apiLatencies, 50)} ms, p95 ${pct(apiLatencies, 95)} ms`,
    );
    print(
      `RATIO endpoint/engine throughput: ${(throughput(apiLatencies) / throughput(rawLatencies)).toFixed(2)}x (goal >= 0.70x)`,
    );
    print(`endpoint p95: ${pct(apiLatencies, 95)} ms (goal <= 25 ms)`);
  } finally {
    await app.close();
  }
}

const pct = (values: number[], p: number) =>
  [...values]
    .sort((a, b) => a - b)
    [Math.min(values.length - 1, Math.floor((values.length * p) / 100))].toFixed(1);
const print = (line: string) => process.stdout.write(`${line}\n`);

main().catch((error: unknown) => {
  process.stderr.write(
    `catalog search bench failed: ${error instanceof Error ? error.stack : String(error)}\n`,
  );
  process.exit(1);
});
