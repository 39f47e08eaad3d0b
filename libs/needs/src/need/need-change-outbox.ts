import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@3ipet/database';
import { getJobTypeDefinition } from '@3ipet/queue';
import { MatchSavedNeedSearchesJob } from '../saved-searches/match-saved-need-searches.job';
import { NeedChangedJob } from '../search/need-jobs';

const NEED_CHANGED = getJobTypeDefinition(NeedChangedJob).name;
const MATCH_SAVED_NEED_SEARCHES = getJobTypeDefinition(MatchSavedNeedSearchesJob).name;

/** Records, in the caller's transaction, that an open (or just closed) need changed. */
@Injectable()
export class NeedChangeOutbox {
  constructor(private readonly outbox: OutboxWriter) {}

  add(manager: EntityManager, ...needIds: string[]): Promise<void> {
    return this.outbox.add(
      manager,
      ...needIds.map((needId) => ({
        jobType: NEED_CHANGED,
        payload: { needId },
        dedupKey: `need:${needId}`,
      })),
    );
  }

  /** A need was opened: vendors' saved searches of needs are run against it (once per opening). */
  opened(manager: EntityManager, needId: string, openedAt: Date): Promise<void> {
    return this.outbox.add(manager, {
      jobType: MATCH_SAVED_NEED_SEARCHES,
      payload: { needId },
      dedupKey: `need-opened:${needId}:${openedAt.getTime()}`,
    });
  }
}
