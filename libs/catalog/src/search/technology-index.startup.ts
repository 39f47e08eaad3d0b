import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';
import { JobQueue } from '@3ipet/queue';
import { SearchUnavailableError } from '@3ipet/search';
import { CatalogSeeder } from '../seed/catalog-seeder';
import { ReindexTechnologiesJob } from './index-technology.job';
import { TechnologyIndexer } from './technology-indexer';

/**
 * At boot: seed a first embedded start when asked to, apply the index settings, and, with the embedded
 * engine (whose index lives in memory), fill the index from the database before the api answers.
 */
@Injectable()
export class TechnologyIndexStartup implements OnApplicationBootstrap {
  private readonly logger = new Logger(TechnologyIndexStartup.name);

  constructor(
    private readonly config: AppConfig,
    private readonly indexer: TechnologyIndexer,
    private readonly seeder: CatalogSeeder,
    private readonly queue: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.embedded && this.config.seedOnFirstStart && (await this.seeder.isEmpty())) {
      const seeded = await this.seeder.seed();
      this.logger.log(
        `First start: seeded ${seeded.technologies} technologies of ${seeded.organizations} organisations`,
      );
    }
    if (this.config.searchDriver !== 'embedded') {
      await this.configureOrRetryLater();
      return;
    }
    const startedAt = Date.now();
    const { indexed } = await this.indexer.rebuild();
    this.logger.log(
      `Embedded search index built from the database: ${indexed} listings in ${Date.now() - startedAt} ms`,
    );
  }

  /**
   * New or changed settings mean documents written for the old ones may lack fields the new ones use: a
   * reindex job rebuilds them. A search server that is down must not keep the api from starting: the
   * reindex job configures it, retrying with backoff.
   */
  private async configureOrRetryLater(): Promise<void> {
    try {
      const outcome = await this.indexer.configure();
      if (outcome === 'unchanged') return;
      this.logger.log(`Technology index settings ${outcome}; a reindex job rebuilds its documents`);
      await this.queue.add(new ReindexTechnologiesJob());
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error;
      this.logger.warn(
        { err: error },
        'Search engine unavailable at boot; a reindex job will configure it later',
      );
      await this.queue.add(new ReindexTechnologiesJob());
    }
  }
}
