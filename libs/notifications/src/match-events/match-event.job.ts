import { JobType } from '@3ipet/queue';
import { RECORDING_QUEUE } from '../records/recording-queue';

export const MATCH_EVENTS = ['introduced', 'connected', 'declined'] as const;
export type MatchEventName = (typeof MATCH_EVENTS)[number];

/**
 * Organisations must hear that one of their matches moved. Written to the outbox by libs/matching in the
 * transaction of the move, one row per move naming every organisation to tell; consumed here.
 */
@JobType('notifications.match-event', { queue: RECORDING_QUEUE, attempts: 10, backoffMs: 2000 })
export class MatchEventJob {
  matchId!: string;
  event!: MatchEventName;
  /** Everyone to tell: both sides of an introduction, the other side of a decline. */
  organizationIds?: string[];
  /** Rows written before one row named every organisation carried one organisation each. */
  organizationId?: string;
  /** What was matched, named at the time of the move; absent in notices written before titles were carried. */
  needTitle?: string;
  technologyTitle?: string;
}

/** The organisations a match event is for, whichever form its row was written in. */
export function recipientsOf(job: Pick<MatchEventJob, 'organizationIds' | 'organizationId'>): string[] {
  const recipients = job.organizationIds ?? (job.organizationId ? [job.organizationId] : []);
  if (recipients.length === 0) throw new Error('A match event must name at least one organisation to tell');
  return [...new Set(recipients)];
}
