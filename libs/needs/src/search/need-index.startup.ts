import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '@3ipet/config';
import { JobQueue } from '@3ipet/queue';
import { SearchUnavailableError } from '@3ipet/search';
import { ReindexNeedsJob } from './need-jobs';
import { NeedIndexer } from './need-indexer';

/**
 * At boot: apply the index settings and, with the embedded engine (whose index lives in memory),
 * fill the index from the database before the api answers.
 */
@Injectable()
export class NeedIndexStartup implements OnApplicationBootstrap {
  private readonly logger = new Logger(NeedIndexStartup.name);

  constructor(
    private readonly config: AppConfig,
    private readonly indexer: NeedIndexer,
    private readonly queue: JobQueue,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (this.config.searchDriver === 'embedded') {
      const { indexed } = await this.indexer.rebuild();
      this.logger.log(`Embedded need index built from the database: ${indexed} open needs`);
      return;
    }
    try {
      // New or changed settings: documents written for the old ones may lack fields the new ones use.
      const outcome = await this.indexer.configure();
      if (outcome === 'unchanged') return;
      this.logger.log(`Need index settings ${outcome}; a reindex job rebuilds its documents`);
      await this.queue.add(new ReindexNeedsJob());
    } catch (error) {
      // A search server that is down must not keep the api from starting: the reindex job retries.
      if (!(error instanceof SearchUnavailableError)) throw error;
      this.logger.warn(
        { err: error },
        'Search engine unavailable at boot; a reindex job will configure it later',
      );
      await this.queue.add(new ReindexNeedsJob());
    }
  }
}
