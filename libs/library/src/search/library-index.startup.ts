import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';
import { JobQueue } from '@3ipet/queue';
import { SearchUnavailableError } from '@3ipet/search';
import { LibraryIndexer } from './library-indexer';
import { ReindexLibraryJob } from './library-jobs';

/**
 * At boot: apply the index settings and, with the embedded engine (whose index lives in memory), fill the
 * index from the database before the api answers.
 */
@Injectable()
export class LibraryIndexStartup implements OnApplicationBootstrap {
  private readonly logger = new Logger(LibraryIndexStartup.name);

  constructor(
    private readonly config: AppConfig,
    private readonly indexer: LibraryIndexer,
    private readonly queue: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.searchDriver === 'embedded') {
      const { indexed } = await this.indexer.rebuild();
      this.logger.log(`Embedded library index built from the database: ${indexed} published resources`);
      return;
    }
    try {
      const outcome = await this.indexer.configure();
      if (outcome === 'unchanged') return;
      this.logger.log(`Library index settings ${outcome}; a reindex job rebuilds its documents`);
      await this.queue.add(new ReindexLibraryJob());
    } catch (error) {
      if (!(error instanceof SearchUnavailableError)) throw error;
      this.logger.warn(
        { err: error },
        'Search engine unavailable at boot; a reindex job will configure it later',
      );
      await this.queue.add(new ReindexLibraryJob());
    }
  }
}
