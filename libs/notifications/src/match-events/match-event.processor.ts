import { Injectable } from '@nestjs/common';
import { Processor } from '@3ipet/queue';
import { BatchedNotificationRecorder } from '../records/batched-notification-recorder';
import { MatchEventJob, recipientsOf } from './match-event.job';

/**
 * Records one notice per organisation told, with their deliveries, in one statement shared with the jobs
 * running alongside; the dedup key makes a redelivered job add nothing.
 */
@Injectable()
export class MatchEventProcessor {
  constructor(private readonly recorder: BatchedNotificationRecorder) {}

  @Processor(MatchEventJob)
  async record(job: MatchEventJob): Promise<void> {
    const payload = {
      matchId: job.matchId,
      event: job.event,
      ...(job.needTitle ? { needTitle: job.needTitle } : {}),
      ...(job.technologyTitle ? { technologyTitle: job.technologyTitle } : {}),
    };
    await this.recorder.recordAll(
      recipientsOf(job).map((organizationId) => ({
        organizationId,
        kind: `match.${job.event}`,
        payload,
        dedupKey: `match-event:${job.matchId}:${job.event}`,
      })),
    );
  }
}
