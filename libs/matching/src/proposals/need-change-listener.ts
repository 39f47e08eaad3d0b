import { Injectable, OnModuleInit } from '@nestjs/common';
import { OutboxWriter, TransactionRunner } from '@3ipet/database';
import { NeedChangeHooks } from '@3ipet/needs';
import { getJobTypeDefinition } from '@3ipet/queue';
import { RecomputeNeedMatchesJob } from './recompute-jobs';

const RECOMPUTE_NEED = getJobTypeDefinition(RecomputeNeedMatchesJob).name;

/**
 * Hears "a need was opened, changed or closed" (the needs lib's `matching.need-changed` job) and queues the
 * recompute through the outbox: the recompute then fails and retries on its own, without re-running the
 * needs lib's re-index. Hearing the same change twice queues two recomputes; both are idempotent.
 */
@Injectable()
export class NeedChangeListener implements OnModuleInit {
  constructor(
    private readonly hooks: NeedChangeHooks,
    private readonly transactions: TransactionRunner,
    private readonly outbox: OutboxWriter,
  ) {}

  onModuleInit(): void {
    this.hooks.onNeedChanged((needId) =>
      this.transactions.run((manager) =>
        this.outbox.add(manager, {
          jobType: RECOMPUTE_NEED,
          payload: { needId },
          dedupKey: `need:${needId}`,
        }),
      ),
    );
  }
}
