import { DynamicModule } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { AppConfig, ConfigModule } from '@3ipet/config';
import { DatabaseModule } from '@3ipet/database';
import { Metrics, MetricsModule } from '@3ipet/metrics';
import { RECORDING_CONCURRENCY, RECORDING_QUEUE } from '@3ipet/notifications';
import { QueueModule } from '@3ipet/queue';
import { SearchModule } from '@3ipet/search';
import { loggerParams } from './logging';

export interface InfrastructureOptions {
  /** Run queue processors and the outbox relay in this process. */
  processJobs: boolean;
  /** Tests pass `memory://` for an in-memory embedded database. */
  embeddedDataDir?: string;
  /** Apply pending migrations at boot (always on for the embedded database). */
  runMigrations?: boolean;
  /** The process's metrics, when made before the application (the api's HTTP metrics need them first). */
  metrics?: Metrics;
}

/** Queues whose jobs mostly wait on I/O run more at once than the driver's default. */
const concurrencyByQueue = { [RECORDING_QUEUE]: RECORDING_CONCURRENCY };

/** The adapters behind every port, chosen by configuration alone. Shared by the api and the worker. */
export function infrastructureModules(config: AppConfig, options: InfrastructureOptions): DynamicModule[] {
  return [
    ConfigModule.forRoot(config),
    LoggerModule.forRoot(loggerParams(config)),
    DatabaseModule.forRoot({
      embeddedDataDir: options.embeddedDataDir,
      runMigrations: options.runMigrations,
      runOutboxRelay: options.processJobs,
    }),
    config.queueDriver === 'bullmq'
      ? QueueModule.forRoot({
          driver: 'bullmq',
          redisUrl: config.env.REDIS_URL!,
          prefix: config.env.REDIS_PREFIX,
          processJobs: options.processJobs,
          concurrencyByQueue,
        })
      : QueueModule.forRoot({ driver: 'inline', concurrencyByQueue }),
    config.searchDriver === 'meilisearch'
      ? SearchModule.forRoot({
          driver: 'meilisearch',
          url: config.env.MEILI_URL!,
          apiKey: config.env.MEILI_MASTER_KEY!,
          indexPrefix: config.env.MEILI_INDEX_PREFIX,
        })
      : SearchModule.forRoot({ driver: 'embedded' }),
    MetricsModule.forRoot(options.metrics),
  ];
}
