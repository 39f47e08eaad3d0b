import { Injectable, Logger } from '@nestjs/common';
import { Processor } from '@3ipet/queue';
import { IndexTechnologyJob, ReindexTechnologiesJob } from './index-technology.job';
import { TechnologyIndexer } from './technology-indexer';

@Injectable()
export class TechnologyIndexProcessor {
  private readonly logger = new Logger(TechnologyIndexProcessor.name);

  constructor(private readonly indexer: TechnologyIndexer) {}

  @Processor(IndexTechnologyJob)
  async index(job: IndexTechnologyJob): Promise<void> {
    await this.indexer.syncOne(job.technologyId);
  }

  @Processor(ReindexTechnologiesJob)
  async reindexAll(): Promise<void> {
    const { indexed, removed } = await this.indexer.rebuild();
    this.logger.log(`Technology index rebuilt: ${indexed} indexed, ${removed} stale removed`);
  }
}
