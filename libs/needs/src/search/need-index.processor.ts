import { Injectable, Logger } from '@nestjs/common';
import { Processor } from '@3ipet/queue';
import { NeedChangeHooks } from './need-change-hooks';
import { NeedIndexer } from './need-indexer';
import { NeedChangedJob, ReindexNeedsJob } from './need-jobs';

@Injectable()
export class NeedIndexProcessor {
  private readonly logger = new Logger(NeedIndexProcessor.name);

  constructor(
    private readonly indexer: NeedIndexer,
    private readonly hooks: NeedChangeHooks,
  ) {}

  @Processor(NeedChangedJob)
  async onNeedChanged(job: NeedChangedJob): Promise<void> {
    await this.indexer.syncOne(job.needId);
    await this.hooks.notify(job.needId);
  }

  @Processor(ReindexNeedsJob)
  async reindexAll(): Promise<void> {
    const { indexed, removed } = await this.indexer.rebuild();
    this.logger.log(`Need index rebuilt: ${indexed} indexed, ${removed} stale removed`);
  }
}
