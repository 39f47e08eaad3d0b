import { DataSource, DataSourceOptions, EntitySchema, MixedList } from 'typeorm';
import { AppConfig } from '@3ipet/config';
import { EmbeddedPostgres, startEmbeddedPostgres } from './embedded-postgres';
import { ALL_MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './snake-naming.strategy';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type EntityList = MixedList<Function | string | EntitySchema>;

export interface DataSourceHandle {
  dataSource: DataSource;
  embedded?: EmbeddedPostgres;
  close(): Promise<void>;
}

export interface DataSourceRequest {
  entities?: EntityList;
  /** Overrides where the embedded database lives (tests use `memory://`). */
  embeddedDataDir?: string;
}

export async function buildDataSourceOptions(
  config: AppConfig,
  request: DataSourceRequest = {},
): Promise<{ options: DataSourceOptions; embedded?: EmbeddedPostgres }> {
  const common = {
    type: 'postgres' as const,
    entities: request.entities ?? [],
    migrations: ALL_MIGRATIONS,
    migrationsTableName: 'schema_migration',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrationsRun: false,
    uuidExtension: 'pgcrypto' as const,
    logging: false,
  };
  if (config.databaseDriver === 'postgres') {
    return {
      options: { ...common, url: config.env.DATABASE_URL, extra: { max: 10, idleTimeoutMillis: 30000 } },
    };
  }
  const embedded = await startEmbeddedPostgres(request.embeddedDataDir ?? config.env.DATA_DIR);
  return { options: { ...common, extra: embedded.poolOptions }, embedded };
}

export async function openDataSource(
  config: AppConfig,
  request: DataSourceRequest = {},
): Promise<DataSourceHandle> {
  const { options, embedded } = await buildDataSourceOptions(config, request);
  const dataSource = new DataSource(options);
  try {
    await dataSource.initialize();
  } catch (error) {
    await embedded?.close();
    throw error;
  }
  return {
    dataSource,
    embedded,
    close: async () => {
      if (dataSource.isInitialized) await dataSource.destroy();
      await embedded?.close();
    },
  };
}

export async function runMigrations(dataSource: DataSource): Promise<string[]> {
  const applied = await dataSource.runMigrations({ transaction: 'each' });
  return applied.map((migration) => migration.name);
}
