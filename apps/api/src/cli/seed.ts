import 'reflect-metadata';
import { INestApplicationContext, Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { CatalogSeeder, SEED_LOGINS } from '@3ipet/catalog';
import { AppConfig, loadConfigOrExit } from '@3ipet/config';
import { DemoSeedModule } from '../demo-seed.module';
import { FEATURE_MODULES } from '../feature-modules';
import { infrastructureModules } from '../infrastructure';

/**
 * The catalog with its infrastructure. Jobs are not processed here: outbox rows this command writes
 * are relayed by the api or the worker. First-start seeding is off so the command alone decides.
 */
async function openCatalogContext(config: AppConfig): Promise<INestApplicationContext> {
  @Module({
    imports: [...infrastructureModules(config, { processJobs: false }), DemoSeedModule, ...FEATURE_MODULES],
  })
  class CatalogCliModule {}
  return NestFactory.createApplicationContext(CatalogCliModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
}

/** `npm run seed`: writes the demo organisations, logins and listings into an empty database. */
async function main(): Promise<void> {
  const config = loadConfigOrExit({ SEED_ON_FIRST_START: 'false' });
  if (config.env.NODE_ENV === 'production') {
    process.stderr.write(
      'Refused: the demo data creates logins with published passwords, never in production.\n' +
        'Create the first admin with `npm run admin:create -- --email … --name … --password …`.\n',
    );
    process.exitCode = 1;
    return;
  }
  const app = await openCatalogContext(config);
  try {
    const seeder = app.get(CatalogSeeder);
    if (!(await seeder.isEmpty())) {
      process.stdout.write('The database already has organisations; nothing was seeded.\n');
      return;
    }
    const summary = await seeder.seed();
    process.stdout.write(
      `Seeded ${summary.organizations} organisations, ${summary.users} users and ${summary.technologies} technologies.\n` +
        `Logins:\n` +
        `  admin   ${SEED_LOGINS.admin.email} / ${SEED_LOGINS.admin.password}\n` +
        `  vendor  ${SEED_LOGINS.vendor.email} / ${SEED_LOGINS.vendor.password}\n` +
        `  agency  ${SEED_LOGINS.agency.email} / ${SEED_LOGINS.agency.password}\n` +
        `  other seeded members use ${SEED_LOGINS.memberPassword}\n`,
    );
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Seeding failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
