import { Injectable } from '@nestjs/common';
import { TransactionRunner } from '@3ipet/database';
import { Processor } from '@3ipet/queue';
import { NotificationRecorder } from '../records/notification-recorder';
import { MatchEventJob } from './match-event.job';

/**
 * Records the notice and its deliveries in one transaction; the dedup key makes a redelivered job add
 * nothing.
 */
@Injectable()
export class MatchEventProcessor {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
  ) {}

  @Processor(MatchEventJob)
  async record(job: MatchEventJob): Promise<void> {
    await this.transactions.run((manager) =>
      this.recorder.record(manager, {
        organizationId: job.organizationId,
        kind: `match.${job.event}`,
        payload: { matchId: job.matchId, event: job.event },
        dedupKey: `match-event:${job.matchId}:${job.event}`,
      }),
    );
  }
}
