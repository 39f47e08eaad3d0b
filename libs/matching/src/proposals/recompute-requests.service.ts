import { Injectable, Logger } from '@nestjs/common';
import { OutboxWriter, TransactionRunner } from '@3ipet/database';
import { type AuthContext, assertAdmin } from '@3ipet/identity';
import { getJobTypeDefinition } from '@3ipet/queue';
import { RecomputeAllMatchesJob } from './recompute-jobs';

const RECOMPUTE_ALL = getJobTypeDefinition(RecomputeAllMatchesJob).name;

/**
 * Lets a curator recompute every open need's proposals, e.g. after the weights or the threshold changed.
 * The work runs on the queue; rejected and decided matches stay as they are (see NeedRecomputeService).
 */
@Injectable()
export class RecomputeRequestsService {
  private readonly logger = new Logger(RecomputeRequestsService.name);

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxWriter,
  ) {}

  async requestAll(actor: AuthContext): Promise<{ status: 'queued' }> {
    assertAdmin(actor);
    await this.transactions.run((manager) =>
      this.outbox.add(manager, { jobType: RECOMPUTE_ALL, payload: {} }),
    );
    this.logger.log({ userId: actor.userId }, 'Recompute of all open needs requested');
    return { status: 'queued' };
  }
}
