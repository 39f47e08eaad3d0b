import { Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  ValidateIf,
} from 'class-validator';
import {
  AllowedOnlyInTest,
  emptyToUndefined,
  IsOriginList,
  NotTrueInProduction,
  toBool,
  toInt,
  WallClockPeriod,
} from './env-rules';

export type PasswordHashProfile = 'owasp' | 'fast-test';
export type DatabaseDriver = 'postgres' | 'pglite';
export type QueueDriver = 'bullmq' | 'inline';
export type SearchDriver = 'meilisearch' | 'embedded';
export type MailDriver = 'smtp' | 'log';

/** Where uploaded files live: a directory on disk, or an S3-compatible bucket. */
export type FileStorageSettings =
  | { driver: 'local'; directory: string }
  | {
      driver: 's3';
      url: string;
      bucket: string;
      accessKeyId: string;
      secretAccessKey: string;
      region: string;
    };

/** The whole environment of 3iPET. Field names are the env variable names. */
export class EnvSchema {
  @IsOptional()
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT = 3000;

  @IsString()
  HOST = '0.0.0.0';

  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(65535)
  WORKER_HEALTH_PORT = 3001;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsString()
  @MinLength(1)
  DATA_DIR = './.data';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// URL' })
  DATABASE_URL?: string;

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^rediss?:\/\/.+/, { message: 'REDIS_URL must be a redis:// or rediss:// URL' })
  REDIS_URL?: string;

  @IsString()
  @Matches(/^[a-zA-Z0-9:_-]+$/)
  REDIS_PREFIX = '3ipet';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'MEILI_URL must be an http(s):// URL' })
  MEILI_URL?: string;

  @ValidateIf((env: EnvSchema) => env.MEILI_URL !== undefined)
  @IsString({ message: 'MEILI_MASTER_KEY is required when MEILI_URL is set' })
  @MinLength(16, { message: 'MEILI_MASTER_KEY must be at least 16 characters' })
  MEILI_MASTER_KEY?: string;

  @IsString()
  @Matches(/^[a-zA-Z0-9_-]*$/)
  MEILI_INDEX_PREFIX = '';

  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  MAIL_FROM = '3iPET <no-reply@3ipet.local>';

  @ValidateIf((env: EnvSchema) => env.NODE_ENV === 'production' || env.JWT_SECRET !== undefined)
  @IsString({ message: 'JWT_SECRET is required in production' })
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET?: string;

  @Transform(toInt)
  @IsInt()
  @Min(30)
  @Max(86400)
  JWT_ACCESS_TTL_SECONDS = 900;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  REFRESH_TTL_DAYS = 30;

  /** How long a password-reset link works, counted from the request. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(1440)
  PASSWORD_RESET_TTL_MINUTES = 60;

  /** How long a link that verifies an address (sign-up, e-mail change) works. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(720)
  EMAIL_CONFIRMATION_TTL_HOURS = 48;

  /** argon2id cost: `owasp` (m=19456 KiB, t=2, p=1) everywhere; `fast-test` only under NODE_ENV=test. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['owasp', 'fast-test'])
  @AllowedOnlyInTest('fast-test')
  PASSWORD_HASH_PROFILE?: PasswordHashProfile;

  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(50 * 1024 * 1024)
  BODY_LIMIT_BYTES = 1024 * 1024;

  /** Deeper JSON bodies get 400 before they are parsed; recursive steps after parsing would overflow the stack. */
  @Transform(toInt)
  @IsInt()
  @Min(4)
  @Max(1000)
  JSON_MAX_DEPTH = 32;

  /** Comma-separated origins (`https://app.example.org`) allowed to call the api from a browser; empty: same origin only. */
  @IsString()
  @IsOriginList()
  CORS_ORIGINS = '';

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10000)
  AUTH_RATE_LIMIT_PER_MINUTE = 10;

  /** Attempts on one e-mail from all clients together; unset: twice AUTH_RATE_LIMIT_PER_MINUTE. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  AUTH_RATE_LIMIT_PER_EMAIL_PER_MINUTE?: number;

  /** Attempts from one client on all e-mails together; unset: six times AUTH_RATE_LIMIT_PER_MINUTE. */
  @IsOptional()
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100000)
  AUTH_RATE_LIMIT_PER_IP_PER_MINUTE?: number;

  /** Cap of the lockout, which starts at a minute and doubles each time the same limit is hit again. */
  @Transform(toInt)
  @IsInt()
  @Min(60)
  @Max(86400)
  AUTH_LOCKOUT_MAX_SECONDS = 900;

  /** Demo data on the first embedded start. Unset: yes, except in production, where `true` is refused. */
  @Transform(toBool)
  @IsOptional()
  @IsBoolean()
  @NotTrueInProduction()
  SEED_ON_FIRST_START?: boolean;

  /** Rows one CSV import may hold (a larger file answers 413, nothing imported). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  CSV_IMPORT_MAX_ROWS = 5_000;

  /** Draft listings an organisation may hold after a CSV import (more answers 422, nothing imported). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(10_000_000)
  CSV_IMPORT_MAX_DRAFTS_PER_ORGANIZATION = 5_000;

  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(60000)
  OUTBOX_POLL_MS = 500;

  @Transform(toBool)
  @IsBoolean()
  RUN_WORKER_IN_API = false;

  /** Reverse proxies in front of the api whose X-Forwarded-For is trusted (0: none, client IP is the peer). */
  @Transform(toInt)
  @IsInt()
  @Min(0)
  @Max(10)
  TRUST_PROXY_HOPS = 0;

  /** Where people reach the web UI; links in e-mails point here. */
  @Matches(/^https?:\/\/[^/]+(\/.*)?$/, { message: 'PUBLIC_URL must be an http(s):// URL' })
  PUBLIC_URL = 'http://localhost:3000';

  /** Tries per notification delivery (e-mail, webhook) before it is dead and waits for an admin. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(50)
  NOTIFICATION_MAX_ATTEMPTS = 8;

  /** Delay before the first retry of a delivery; each later retry doubles it (25 % jitter). */
  @Transform(toInt)
  @IsInt()
  @Min(10)
  @Max(3_600_000)
  NOTIFICATION_RETRY_BASE_MS = 5000;

  /** A conversation e-mails each organisation at most one digest per thread per this many minutes. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(1440)
  MESSAGE_DIGEST_MINUTES = 15;

  /** How often the worker looks for conversation digests that are due. */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  @WallClockPeriod()
  MESSAGE_DIGEST_CHECK_MS = 60_000;

  /** How often the worker looks for deliveries whose job was lost (e.g. an embedded process that crashed). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  @WallClockPeriod()
  NOTIFICATION_RECOVERY_INTERVAL_MS = 60_000;

  /** A project stage that has not moved for this many days reminds both sides (again every as many days). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(365)
  PROJECT_STALL_DAYS = 21;

  /** How often the worker looks for stalled projects (a job on the wall clock, once across workers). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  @WallClockPeriod()
  PROJECT_STALL_CHECK_INTERVAL_MS = 3_600_000;

  /** How long before a B2B meeting at an event both sides are reminded of it. */
  @Transform(toInt)
  @IsInt()
  @Min(5)
  @Max(10_080)
  MEETING_REMINDER_LEAD_MINUTES = 60;

  /** How often the worker looks for meetings to remind of (a job on the wall clock, once across workers). */
  /** An expert verdict holds this many days; then its claims count as stated again and admins are asked to re-review. */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(3650)
  REVIEW_VERDICT_VALID_DAYS = 730;

  /** How often the worker looks for expired verdicts (a job on the wall clock, once across workers). */
  @Transform(toInt)
  @IsInt()
  @Min(1000)
  @Max(3_600_000)
  @WallClockPeriod()
  MEETING_REMINDER_CHECK_INTERVAL_MS = 300_000;
  REVIEW_EXPIRY_CHECK_INTERVAL_MS = 3_600_000;

  @Transform(toInt)
  @IsInt()
  @Min(100)
  @Max(60_000)
  WEBHOOK_TIMEOUT_MS = 10_000;

  /** Steady webhook rate per receiving host (token bucket, shared through Redis when REDIS_URL is set). */
  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  WEBHOOK_RATE_PER_HOST = 10;

  @Transform(toInt)
  @IsInt()
  @Min(1)
  @Max(100_000)
  WEBHOOK_BURST_PER_HOST = 20;

  /**
   * Whether webhooks may target loopback, private, link-local (cloud metadata) and other non-public
   * addresses. Unset: denied in production, allowed elsewhere (local receivers in development and tests).
   */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsIn(['allow', 'deny'])
  WEBHOOK_PRIVATE_TARGETS?: 'allow' | 'deny';

  /** Largest file one upload may carry (a larger one answers 413 and nothing is stored). */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(1024 * 1024 * 1024)
  FILE_MAX_BYTES = 25 * 1024 * 1024;

  /** Bytes of uploaded files (thumbnails included) one organisation may hold; an upload past it answers 422. */
  @Transform(toInt)
  @IsInt()
  @Min(1024)
  @Max(Number.MAX_SAFE_INTEGER)
  FILE_QUOTA_BYTES_PER_ORGANIZATION = 1024 * 1024 * 1024;

  /** S3-compatible object storage for uploaded files (MinIO, AWS S3, …); unset: files on disk under DATA_DIR. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @Matches(/^https?:\/\/.+/, { message: 'S3_URL must be an http(s):// URL' })
  S3_URL?: string;

  @ValidateIf((env: EnvSchema) => env.S3_URL !== undefined)
  @IsString({ message: 'S3_BUCKET is required when S3_URL is set' })
  @Matches(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, { message: 'S3_BUCKET must be a valid bucket name' })
  S3_BUCKET?: string;

  @ValidateIf((env: EnvSchema) => env.S3_URL !== undefined)
  @IsString({ message: 'S3_ACCESS_KEY_ID is required when S3_URL is set' })
  @MinLength(1)
  S3_ACCESS_KEY_ID?: string;

  @ValidateIf((env: EnvSchema) => env.S3_URL !== undefined)
  @IsString({ message: 'S3_SECRET_ACCESS_KEY is required when S3_URL is set' })
  @MinLength(1)
  S3_SECRET_ACCESS_KEY?: string;

  @IsString()
  @Matches(/^[a-z0-9-]+$/, { message: 'S3_REGION must be a region name such as us-east-1' })
  S3_REGION = 'us-east-1';

  /** Bearer token that `/metrics` (api and worker) requires; in production `/metrics` is served only with one. */
  @Transform(emptyToUndefined)
  @IsOptional()
  @IsString()
  @MinLength(16, { message: 'METRICS_TOKEN must be at least 16 characters' })
  METRICS_TOKEN?: string;
}
