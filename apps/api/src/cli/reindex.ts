import 'reflect-metadata';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { SingleBar, Presets } from 'cli-progress';
import { TechnologyIndexer } from '@3ipet/catalog';
import { AppConfig, loadConfigOrExit } from '@3ipet/config';
import { LibraryIndexer } from '@3ipet/library';
import { NeedIndexer } from '@3ipet/needs';
import { FEATURE_MODULES } from '../feature-modules';
import { infrastructureModules } from '../infrastructure';

/**
 * The catalog with its infrastructure. Jobs are not processed here: outbox rows this command writes
 * are relayed by the api or the worker. First-start seeding is off so the command alone decides.
 */
async function openCatalogContext(config: AppConfig): Promise<INestApplicationContext> {
  @Module({ imports: [...infrastructureModules(config, { processJobs: false }), ...FEATURE_MODULES] })
  class CatalogCliModule {}
  return NestFactory.createApplicationContext(CatalogCliModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
}

/**
 * `npm run reindex`: rebuilds the technology search index from the database in batches. Meant for
 * Meilisearch; the embedded index lives inside the api process and is rebuilt at each start anyway.
 */
async function main(): Promise<void> {
  const config = loadConfigOrExit({ SEED_ON_FIRST_START: 'false' });
  if (config.searchDriver === 'embedded') {
    process.stdout.write(
      'Note: the embedded search index lives in the api process and is rebuilt when it starts.\n',
    );
  }
  const app = await openCatalogContext(config);
  const bar = new SingleBar(
    { format: 'technologies [{bar}] {value}/{total} {percentage}% {eta_formatted} left' },
    Presets.shades_classic,
  );
  try {
    let started = false;
    const { indexed, removed } = await app.get(TechnologyIndexer).rebuild((done, total) => {
      if (!started) bar.start(total, 0);
      started = true;
      bar.update(done);
    });
    bar.stop();
    process.stdout.write(`Indexed ${indexed} published technologies; removed ${removed} stale documents.\n`);
    const needs = await app.get(NeedIndexer).rebuild();
    process.stdout.write(`Indexed ${needs.indexed} open needs; removed ${needs.removed} stale documents.\n`);
    const library = await app.get(LibraryIndexer).rebuild();
    process.stdout.write(
      `Indexed ${library.indexed} published library resources; removed ${library.removed} stale documents.\n`,
    );
  } finally {
    bar.stop();
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Reindex failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
