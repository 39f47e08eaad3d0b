import { Injectable, Logger } from '@nestjs/common';
import { Processor } from '@3ipet/queue';
import { LibraryIndexer } from './library-indexer';
import { LibraryResourceChangedJob, ReindexLibraryJob } from './library-jobs';

@Injectable()
export class LibraryIndexProcessor {
  private readonly logger = new Logger(LibraryIndexProcessor.name);

  constructor(private readonly indexer: LibraryIndexer) {}

  @Processor(LibraryResourceChangedJob)
  async onResourceChanged(job: LibraryResourceChangedJob): Promise<void> {
    await this.indexer.syncOne(job.resourceId);
  }

  @Processor(ReindexLibraryJob)
  async reindexAll(): Promise<void> {
    const { indexed, removed } = await this.indexer.rebuild();
    this.logger.log(`Library index rebuilt: ${indexed} indexed, ${removed} stale removed`);
  }
}
