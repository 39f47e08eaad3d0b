import { Injectable } from '@nestjs/common';
import { Processor } from '@3ipet/queue';
import { BatchedNotificationRecorder } from '../records/batched-notification-recorder';
import { MatchEventJob } from './match-event.job';

/**
 * Records the notice and its deliveries (in one statement, shared with the jobs running alongside); the dedup
 * key makes a redelivered job add nothing.
 */
@Injectable()
export class MatchEventProcessor {
  constructor(private readonly recorder: BatchedNotificationRecorder) {}

  @Processor(MatchEventJob)
  async record(job: MatchEventJob): Promise<void> {
    await this.recorder.record({
      organizationId: job.organizationId,
      kind: `match.${job.event}`,
      payload: {
        matchId: job.matchId,
        event: job.event,
        ...(job.needTitle ? { needTitle: job.needTitle } : {}),
        ...(job.technologyTitle ? { technologyTitle: job.technologyTitle } : {}),
      },
      dedupKey: `match-event:${job.matchId}:${job.event}`,
    });
  }
}
