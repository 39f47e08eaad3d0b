/*
 * CSV import of synthetic listings through the api (POST /api/v1/technologies/import, text/csv streamed: parse,
 * validate every row, batched insert) plus indexing them once published, as a ratio of a raw multi-row INSERT of
 * the same rows into the same database, measured in the same run. Goal: <= 3x.
 * Plain node, no jest. Run from the repository root:
 *
 *   rm -rf /tmp/3ipet-import-bench && mkdir -p /tmp/3ipet-import-bench/tools && \
 *   cp tools/register-aliases.js /tmp/3ipet-import-bench/tools/ && \
 *   node_modules/.bin/swc apps/api/src libs bench/catalog-import.bench.ts bench/support -d /tmp/3ipet-import-bench/dist \
 *     --config-file .swcrc --quiet && \
 *   NODE_PATH=$PWD/node_modules node_modules/.bin/node -r /tmp/3ipet-import-bench/tools/register-aliases.js \
 *     /tmp/3ipet-import-bench/dist/bench/catalog-import.bench.js
 *
 * Optional: BENCH_ROWS=50000 (default 20000); BENCH_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres to
 * measure on PostgreSQL (a throwaway database is created and dropped).
 */
/* eslint-disable no-restricted-syntax, no-restricted-imports -- a standalone script: see above */
import 'reflect-metadata';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import { TechnologyIndexer, syntheticCsv } from '@3ipet/catalog';
import { loadConfig } from '@3ipet/config';
import { Organization, SessionService, User } from '@3ipet/identity';
import { createApiApp } from '../apps/api/src/bootstrap';
import { onBenchDatabase, print, runBench } from './support/bench-database';
import { parseCsvRow } from '../libs/catalog/src/csv/technology-csv-row';
import { toListingFields } from '../libs/catalog/src/lifecycle/listing-fields';
import type { TechnologyInput } from '../libs/catalog/src/dto/technology-input.dto';

const ROWS = Number(process.env.BENCH_ROWS ?? 20_000);
const BATCH = 500;
const COLUMNS = [
  'vendor_organization_id',
  'status',
  'version',
  'title',
  'summary',
  'description',
  'translations',
  'category',
  'pollutants',
  'removal_efficiency',
  'sectors',
  'trl',
  'capital_cost_min_usd',
  'capital_cost_max_usd',
  'deployment_countries',
  'reference_projects',
  'supply_countries',
  'certifications',
  'deal_types',
  'support_languages',
];

async function csvBuffer(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of syntheticCsv(ROWS, 77)) chunks.push(Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/** The same rows as INSERT parameters, prepared before the clock starts. */
function rawRows(csv: Buffer, vendorId: string): unknown[][] {
  const records = parse(csv, { columns: true }) as Record<string, string>[];
  return records.map((record) => {
    const fields = toListingFields(parseCsvRow(record).plain as unknown as TechnologyInput);
    return [
      vendorId,
      'draft',
      1,
      fields.title,
      fields.summary,
      fields.description,
      JSON.stringify(fields.translations),
      fields.category,
      fields.pollutants,
      JSON.stringify(fields.removalEfficiency),
      fields.sectors,
      fields.trl,
      fields.capitalCostMinUsd,
      fields.capitalCostMaxUsd,
      fields.deploymentCountries,
      JSON.stringify(fields.referenceProjects),
      fields.supplyCountries,
      fields.certifications,
      fields.dealTypes,
      fields.supportLanguages,
    ];
  });
}

async function rawInsert(dataSource: DataSource, rows: unknown[][]): Promise<void> {
  await dataSource.transaction(async (manager) => {
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      const values = batch.map(
        (_, r) => `(${COLUMNS.map((_c, c) => `$${r * COLUMNS.length + c + 1}`).join(', ')})`,
      );
      await manager.query(
        `INSERT INTO technology (${COLUMNS.join(', ')}) VALUES ${values.join(', ')}`,
        batch.flat(),
      );
    }
  });
}

async function run(databaseUrl: string | undefined): Promise<void> {
  const config = loadConfig({
    NODE_ENV: 'production',
    LOG_LEVEL: 'silent',
    SEED_ON_FIRST_START: 'false',
    CSV_IMPORT_MAX_ROWS: String(ROWS),
    CSV_IMPORT_MAX_DRAFTS_PER_ORGANIZATION: String(ROWS),
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const app = await createApiApp(config, { embeddedDataDir: 'memory://', runMigrations: true });
  try {
    const dataSource = app.get(DataSource);
    const vendorOrg = (name: string) =>
      dataSource
        .getRepository(Organization)
        .save({ kind: 'vendor' as const, name, country: 'CN', city: 'Hangzhou' });
    const [rawOrg, importOrg] = [await vendorOrg('Raw insert vendor'), await vendorOrg('Import vendor')];
    const user = await dataSource.getRepository(User).save({
      email: 'bench@example.org',
      displayName: 'Bench',
      passwordHash: 'x',
      role: 'vendor' as const,
      organizationId: importOrg.id,
    });
    const { accessToken: token } = await app.get(SessionService).start(dataSource.manager, user);
    const csv = await csvBuffer();
    const rows = rawRows(csv, rawOrg.id);
    print(
      `${ROWS} rows, ${(csv.length / 1024 / 1024).toFixed(1)} MB of CSV; database: ${config.databaseDriver}`,
    );

    let started = performance.now();
    await rawInsert(dataSource, rows);
    const rawMs = performance.now() - started;

    started = performance.now();
    const response = await app
      .getHttpAdapter()
      .getInstance()
      .inject({
        method: 'POST',
        url: '/api/v1/technologies/import',
        headers: { 'content-type': 'text/csv', authorization: `Bearer ${token}` },
        payload: csv,
      });
    const importMs = performance.now() - started;
    if (response.statusCode !== 200 || JSON.parse(response.body).imported !== ROWS)
      throw new Error(`import answered ${response.statusCode}: ${response.body.slice(0, 500)}`);

    // Publication itself is a review decision, not part of an import: done in bulk, off the clock.
    await dataSource.query(
      `UPDATE technology SET status = 'published', published_at = now(), confirmed_at = now(), expires_at = now() + interval '12 months' WHERE vendor_organization_id = $1`,
      [importOrg.id],
    );
    started = performance.now();
    const { indexed } = await app.get(TechnologyIndexer).rebuild();
    const indexMs = performance.now() - started;

    print(`raw multi-row INSERT: ${rawMs.toFixed(0)} ms (${(ROWS / (rawMs / 1000)).toFixed(0)} rows/s)`);
    print(
      `api import:           ${importMs.toFixed(0)} ms (${(ROWS / (importMs / 1000)).toFixed(0)} rows/s)`,
    );
    print(`index ${indexed} docs:    ${indexMs.toFixed(0)} ms`);
    print(`RATIO (import + index) / raw insert: ${((importMs + indexMs) / rawMs).toFixed(2)}x (goal <= 3x)`);
    print(`RATIO import alone / raw insert:    ${(importMs / rawMs).toFixed(2)}x`);
  } finally {
    await app.close();
  }
}

runBench('catalog import', () => onBenchDatabase('import', run));
