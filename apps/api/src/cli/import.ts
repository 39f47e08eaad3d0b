import 'reflect-metadata';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { createReadStream, statSync } from 'node:fs';
import { Transform } from 'node:stream';
import { parseArgs } from 'node:util';
import { Presets, SingleBar } from 'cli-progress';
import { isUUID } from 'class-validator';
import { Problem } from '@3ipet/common';
import { CatalogModule, ImportReport, TechnologyImportService, VendorDirectory } from '@3ipet/catalog';
import { AppConfig, loadConfigOrExit } from '@3ipet/config';
import { infrastructureModules } from '../infrastructure';

const USAGE = 'Usage: npm run import -- <file.csv> --org <vendor organisation id>';
const ERRORS_SHOWN = 20;
/** The caps of the HTTP import apply here too; an operator may raise them for one run. */
const CAP_SETTINGS: Record<string, string> = {
  'csv-too-many-rows': 'CSV_IMPORT_MAX_ROWS',
  'too-many-drafts': 'CSV_IMPORT_MAX_DRAFTS_PER_ORGANIZATION',
};

class UsageError extends Error {}

function parseImportArgs(argv: string[]): { file: string; organizationId: string } {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { org: { type: 'string' } }, allowPositionals: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1 || !values.org || !isUUID(values.org)) throw new UsageError(USAGE);
  return { file: positionals[0], organizationId: values.org };
}

/**
 * The catalog with its infrastructure. Jobs are not processed here: outbox rows this command writes
 * are relayed by the api or the worker. First-start seeding is off so the command alone decides.
 */
async function openCatalogContext(config: AppConfig): Promise<INestApplicationContext> {
  @Module({ imports: [...infrastructureModules(config, { processJobs: false }), CatalogModule] })
  class CatalogCliModule {}
  return NestFactory.createApplicationContext(CatalogCliModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
}

/** `npm run import -- file.csv --org <id>`: the HTTP import's streaming path, with a progress bar by bytes read. */
async function main(): Promise<void> {
  const { file, organizationId } = parseImportArgs(process.argv.slice(2));
  const size = statSync(file).size;
  const app = await openCatalogContext(loadConfigOrExit({ SEED_ON_FIRST_START: 'false' }));
  const bar = new SingleBar(
    { format: 'import [{bar}] {percentage}% | {rows} rows | {eta_formatted} left' },
    Presets.shades_classic,
  );
  try {
    if (!(await app.get(VendorDirectory).findByIds([organizationId])).has(organizationId)) {
      throw new UsageError(`No vendor organisation ${organizationId}`);
    }
    let bytes = 0;
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length;
        done(null, chunk);
      },
    });
    bar.start(size, 0, { rows: 0 });
    const source = createReadStream(file).pipe(counter);
    const report = await app
      .get(TechnologyImportService)
      .importCsv(organizationId, source, (rows) => bar.update(bytes, { rows }));
    bar.update(size);
    bar.stop();
    printReport(report);
    if (report.rejected > 0) process.exitCode = 2;
  } finally {
    bar.stop();
    await app.close();
  }
}

function printReport(report: ImportReport): void {
  process.stdout.write(`Imported ${report.imported} drafts; rejected ${report.rejected} rows.\n`);
  for (const error of report.errors.slice(0, ERRORS_SHOWN)) {
    process.stdout.write(`  row ${error.row} ${error.field} (${error.rule}): ${error.message}\n`);
  }
  const hidden = report.errors.length - ERRORS_SHOWN + (report.errorsTruncated ? 1 : 0);
  if (hidden > 0) process.stdout.write(`  … and more errors not shown\n`);
}

/** Operator-facing: usage and refused files as plain lines, anything else with its stack. */
function describeFailure(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  if (error instanceof Problem) {
    const fields =
      (error.extensions.errors as { field: string; rule: string; message: string }[] | undefined) ?? [];
    const setting = CAP_SETTINGS[error.slug];
    return [
      error.detail ?? error.title,
      ...fields.map((f) => `  ${f.field} (${f.rule}): ${f.message}`),
      ...(setting
        ? [`  (an operator may raise it for this command: ${setting}=<n> npm run import -- …)`]
        : []),
    ].join('\n');
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

main().catch((error: unknown) => {
  process.stderr.write(`Import failed: ${describeFailure(error)}\n`);
  process.exit(1);
});
