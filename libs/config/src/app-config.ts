import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { join } from 'node:path';
import { originEntries } from './env-rules';
import {
  DatabaseDriver,
  EnvSchema,
  FileStorageSettings,
  MailDriver,
  PasswordHashProfile,
  QueueDriver,
  SearchDriver,
} from './env-schema';

export * from './env-schema';

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n  - ${problems.join('\n  - ')}`);
  }
}

/** Typed, validated configuration. Built once at boot from the environment. */
export class AppConfig {
  constructor(readonly env: Readonly<EnvSchema>) {}

  get databaseDriver(): DatabaseDriver {
    return this.env.DATABASE_URL ? 'postgres' : 'pglite';
  }
  get queueDriver(): QueueDriver {
    return this.env.REDIS_URL ? 'bullmq' : 'inline';
  }
  get searchDriver(): SearchDriver {
    return this.env.MEILI_URL ? 'meilisearch' : 'embedded';
  }
  get mailDriver(): MailDriver {
    return this.env.SMTP_URL ? 'smtp' : 'log';
  }
  /** Uploaded files: S3 when S3_URL is set, else the `files` directory under DATA_DIR. */
  get fileStorage(): FileStorageSettings {
    const { S3_URL, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY, S3_REGION, DATA_DIR } = this.env;
    if (!S3_URL) return { driver: 'local', directory: join(DATA_DIR, 'files') };
    return {
      driver: 's3',
      url: S3_URL,
      bucket: S3_BUCKET!,
      accessKeyId: S3_ACCESS_KEY_ID!,
      secretAccessKey: S3_SECRET_ACCESS_KEY!,
      region: S3_REGION,
    };
  }
  /** Fully embedded: no external service configured at all. */
  get embedded(): boolean {
    return !this.env.DATABASE_URL && !this.env.REDIS_URL && !this.env.MEILI_URL;
  }
  /** Sign-in, sign-up and invitation attempts allowed per minute, by what they are counted on. */
  get authRateLimits(): { perClientAndEmail: number; perEmail: number; perClient: number } {
    const perClientAndEmail = this.env.AUTH_RATE_LIMIT_PER_MINUTE;
    return {
      perClientAndEmail,
      perEmail: this.env.AUTH_RATE_LIMIT_PER_EMAIL_PER_MINUTE ?? 2 * perClientAndEmail,
      perClient: this.env.AUTH_RATE_LIMIT_PER_IP_PER_MINUTE ?? 6 * perClientAndEmail,
    };
  }
  /** Tests hash cheaply unless they ask for the real cost; everything else pays the OWASP cost. */
  get passwordHashProfile(): PasswordHashProfile {
    return this.env.PASSWORD_HASH_PROFILE ?? (this.env.NODE_ENV === 'test' ? 'fast-test' : 'owasp');
  }
  get webhooksMayTargetPrivateAddresses(): boolean {
    return (
      (this.env.WEBHOOK_PRIVATE_TARGETS ?? (this.env.NODE_ENV === 'production' ? 'deny' : 'allow')) ===
      'allow'
    );
  }
  /** Origins allowed cross-origin calls (with credentials); empty: same origin only. */
  get corsOrigins(): string[] {
    return originEntries(this.env.CORS_ORIGINS);
  }
  /** Demo data on the first embedded start: never in production. */
  get seedOnFirstStart(): boolean {
    return this.env.SEED_ON_FIRST_START ?? this.env.NODE_ENV !== 'production';
  }
}

const KNOWN_KEYS = new Set(
  Object.keys(new EnvSchema()).concat([
    'DATABASE_URL',
    'REDIS_URL',
    'MEILI_URL',
    'MEILI_MASTER_KEY',
    'SMTP_URL',
    'JWT_SECRET',
    'PASSWORD_HASH_PROFILE',
    'WEBHOOK_PRIVATE_TARGETS',
    'AUTH_RATE_LIMIT_PER_EMAIL_PER_MINUTE',
    'AUTH_RATE_LIMIT_PER_IP_PER_MINUTE',
    'SEED_ON_FIRST_START',
    'METRICS_TOKEN',
    'S3_URL',
    'S3_BUCKET',
    'S3_ACCESS_KEY_ID',
    'S3_SECRET_ACCESS_KEY',
  ]),
);

export function loadConfig(source: Record<string, string | undefined>): AppConfig {
  const relevant = Object.fromEntries(Object.entries(source).filter(([key]) => KNOWN_KEYS.has(key)));
  const env = plainToInstance(EnvSchema, relevant);
  const errors = validateSync(env, { forbidUnknownValues: true });
  if (errors.length > 0) {
    throw new ConfigError(
      errors.flatMap((error) =>
        Object.values(error.constraints ?? {}).map((message) =>
          message.startsWith(error.property) ? message : `${error.property}: ${message}`,
        ),
      ),
    );
  }
  return new AppConfig(env);
}

/** Reads the process environment; the one place in the code base that does. */
export function loadConfigFromProcess(overrides: Record<string, string | undefined> = {}): AppConfig {
  return loadConfig({ ...process.env, ...overrides });
}
