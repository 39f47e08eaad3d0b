import { JobType } from '@3ipet/queue';
import { RECORDING_QUEUE } from '../records/recording-queue';

export const MATCH_EVENTS = ['introduced', 'connected', 'declined'] as const;
export type MatchEventName = (typeof MATCH_EVENTS)[number];

/**
 * An organisation must hear that one of its matches moved. Written to the outbox by libs/matching in the
 * transaction of the move (one row per organisation to tell); consumed here.
 */
@JobType('notifications.match-event', { queue: RECORDING_QUEUE, attempts: 10, backoffMs: 2000 })
export class MatchEventJob {
  matchId!: string;
  event!: MatchEventName;
  organizationId!: string;
  /** What was matched, named at the time of the move; absent in notices written before titles were carried. */
  needTitle?: string;
  technologyTitle?: string;
}
