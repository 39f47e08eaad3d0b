import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { OutboxWriter, TransactionRunner } from '@3ipet/database';
import { Need } from '@3ipet/needs';
import { Processor, getJobTypeDefinition } from '@3ipet/queue';
import { NeedRecomputeService } from './need-recompute.service';
import { RecomputeRuns } from './recompute-runs';
import {
  RecomputeAllMatchesJob,
  RecomputeNeedMatchesJob,
  RecomputeTechnologyMatchesJob,
} from './recompute-jobs';
import { TechnologyRecomputeService } from './technology-recompute.service';

const RECOMPUTE_NEED = getJobTypeDefinition(RecomputeNeedMatchesJob).name;

@Injectable()
export class RecomputeProcessor {
  private readonly logger = new Logger(RecomputeProcessor.name);

  constructor(
    private readonly needSide: NeedRecomputeService,
    private readonly technologySide: TechnologyRecomputeService,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxWriter,
    private readonly runs: RecomputeRuns,
    @InjectRepository(Need) private readonly needs: Repository<Need>,
  ) {}

  @Processor(RecomputeNeedMatchesJob)
  async recomputeNeed(job: RecomputeNeedMatchesJob): Promise<void> {
    const summary = await this.needSide.recompute(job.needId);
    if (job.runId) await this.runs.needDone(job.runId, job.needId);
    this.logger.debug({ needId: job.needId, runId: job.runId, ...summary }, 'Need matches recomputed');
  }

  @Processor(RecomputeTechnologyMatchesJob)
  async recomputeTechnology(job: RecomputeTechnologyMatchesJob): Promise<void> {
    const summary = await this.technologySide.recompute(job.technologyId);
    this.logger.debug({ technologyId: job.technologyId, ...summary }, 'Technology matches recomputed');
  }

  /** One job per open need through the outbox, so each retries on its own. */
  @Processor(RecomputeAllMatchesJob)
  async recomputeAll(job: RecomputeAllMatchesJob): Promise<void> {
    const { runId } = job;
    const open = await this.needs.find({ where: { status: 'open' }, select: { id: true } });
    await this.transactions.run(async (manager) => {
      if (runId) await this.runs.started(manager, runId, open.length);
      await this.outbox.add(
        manager,
        ...open.map((need) => ({ jobType: RECOMPUTE_NEED, payload: { needId: need.id, runId } })),
      );
    });
    this.logger.log({ runId }, `Queued a recompute of ${open.length} open needs`);
  }
}
