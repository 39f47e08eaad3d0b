import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Problem } from '@3ipet/common';
import { AppConfig, loadConfigOrExit } from '@3ipet/config';
import { AdminAccountService, IdentityModule } from '@3ipet/identity';
import { infrastructureModules } from '../infrastructure';

const USAGE = 'Usage: npm run admin:create -- --email <email> --name <display name> --password <password>';

export interface AdminCreateArgs {
  email: string;
  name: string;
  password: string;
}

export class UsageError extends Error {}

export function parseAdminCreateArgs(argv: string[]): AdminCreateArgs {
  let values: Partial<AdminCreateArgs>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: { email: { type: 'string' }, name: { type: 'string' }, password: { type: 'string' } },
      strict: true,
    }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
  const missing = (['email', 'name', 'password'] as const).filter((key) => !values[key]);
  if (missing.length > 0) throw new UsageError(`Missing --${missing.join(', --')}\n${USAGE}`);
  return values as AdminCreateArgs;
}

/** Creates a platform admin through the same service and database the api uses; returns the new user id. */
export async function createAdmin(
  config: AppConfig,
  args: AdminCreateArgs,
  options: { embeddedDataDir?: string } = {},
): Promise<string> {
  @Module({
    imports: [
      ...infrastructureModules(config, { processJobs: false, embeddedDataDir: options.embeddedDataDir }),
      IdentityModule,
    ],
  })
  class AdminCreateModule {}

  const app = await NestFactory.createApplicationContext(AdminCreateModule, {
    logger: ['error', 'warn'],
    abortOnError: false,
  });
  try {
    const admin = await app.get(AdminAccountService).createAdmin({
      email: args.email,
      displayName: args.name,
      password: args.password,
    });
    return admin.id;
  } finally {
    await app.close();
  }
}

/** Turns a refusal into lines an operator can act on, e.g. `password: password must be longer...`. */
export function describeFailure(error: unknown): string {
  if (error instanceof UsageError) return error.message;
  if (error instanceof Problem) {
    const fields = (error.extensions.errors as { field: string; message: string }[] | undefined) ?? [];
    return [error.detail ?? error.title, ...fields.map((f) => `  ${f.field}: ${f.message}`)].join('\n');
  }
  if ((error as { code?: unknown }).code === '42P01') {
    return `${(error as Error).message}: the database is not migrated yet; run \`npm run db:migrate\` first.`;
  }
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

async function main(): Promise<void> {
  const args = parseAdminCreateArgs(process.argv.slice(2));
  const userId = await createAdmin(loadConfigOrExit(), args);
  process.stdout.write(`Created admin ${args.email} (${userId}).\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`admin:create failed: ${describeFailure(error)}\n`);
    process.exit(1);
  });
}
