import { DynamicModule, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AppConfig } from '@3ipet/config';
import { JobQueue, JobTypeRegistry, QueueModule } from '@3ipet/queue';
import { buildDataSourceOptions } from './data-source.factory';
import { EmbeddedPostgres } from './embedded-postgres';
import { DeliveryHistoryPurge } from './housekeeping/delivery-history-purge';
import { PurgeDeliveryHistoryJob } from './housekeeping/purge-history.job';
import { OutboxRelay } from './outbox/outbox.relay';
import { OutboxSignal } from './outbox/outbox.signal';
import { OutboxWriter } from './outbox/outbox.writer';
import { TransactionRunner } from './transaction';

export interface DatabaseModuleOptions {
  /** Apply pending migrations while booting (always on for the embedded database). */
  runMigrations?: boolean;
  /** Where the embedded database lives; tests pass `memory://`. */
  embeddedDataDir?: string;
  /** Start the outbox relay in this process (the process that runs queue processors). */
  runOutboxRelay?: boolean;
}

@Module({})
export class DatabaseModule {
  static forRoot(moduleOptions: DatabaseModuleOptions = {}): DynamicModule {
    let embedded: EmbeddedPostgres | undefined;
    return {
      module: DatabaseModule,
      global: true,
      imports: [
        QueueModule.registerJobs([PurgeDeliveryHistoryJob]),
        TypeOrmModule.forRootAsync({
          inject: [AppConfig],
          useFactory: async (config: AppConfig) => {
            const built = await buildDataSourceOptions(config, {
              embeddedDataDir: moduleOptions.embeddedDataDir,
            });
            embedded = built.embedded;
            return {
              ...built.options,
              autoLoadEntities: true,
              migrationsRun: moduleOptions.runMigrations ?? config.databaseDriver === 'pglite',
              migrationsTransactionMode: 'each' as const,
            };
          },
          dataSourceFactory: async (options) => {
            const dataSource = new DataSource(options!);
            const destroy = dataSource.destroy.bind(dataSource);
            // The embedded engine must stop after the last connection is gone, not before.
            dataSource.destroy = async () => {
              if (dataSource.isInitialized) await destroy();
              await embedded?.close();
            };
            try {
              return await dataSource.initialize();
            } catch (error) {
              await embedded?.close();
              throw error;
            }
          },
        }),
      ],
      providers: [
        TransactionRunner,
        OutboxWriter,
        OutboxSignal,
        DeliveryHistoryPurge,
        {
          provide: OutboxRelay,
          inject: [DataSource, JobQueue, JobTypeRegistry, OutboxSignal, AppConfig],
          useFactory: (...deps: ConstructorParameters<typeof OutboxRelay>) => {
            const relay = new OutboxRelay(...deps);
            relay.autoStart = moduleOptions.runOutboxRelay ?? false;
            return relay;
          },
        },
      ],
      exports: [TransactionRunner, OutboxWriter, OutboxSignal, OutboxRelay, DeliveryHistoryPurge],
    };
  }
}
