import { Injectable, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { InlineJobQueue, JobQueue, JobType, Processor, QueueModule, type JobContext } from '@3ipet/queue';

// What a feature lib writes, through the public entry point only.
@JobType('search.index-technology', { queue: 'search', attempts: 8, backoffMs: 1000 })
class IndexTechnologyJob {
  constructor(readonly technologyId: string) {}
}

@Injectable()
class IndexTechnologyProcessor {
  readonly indexed: string[] = [];

  @Processor(IndexTechnologyJob)
  async handle(job: IndexTechnologyJob, context: JobContext): Promise<void> {
    this.indexed.push(`${job.technologyId}#${context.attempt}`);
  }
}

@Module({ imports: [QueueModule.registerJobs([IndexTechnologyJob])], providers: [IndexTechnologyProcessor] })
class SearchFeatureModule {}

describe('@3ipet/queue public API', () => {
  it('wires a feature module’s job and processor through QueueModule', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [QueueModule.forRoot({ driver: 'inline' }), SearchFeatureModule],
    }).compile();
    await moduleRef.init();

    await moduleRef.get(JobQueue).add(new IndexTechnologyJob('tech-42'), { jobId: 'index-tech-42' });
    await moduleRef.get(InlineJobQueue).drain();

    expect(moduleRef.get(IndexTechnologyProcessor).indexed).toEqual(['tech-42#1']);
    await moduleRef.close();
  });
});
