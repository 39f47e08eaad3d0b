import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@3ipet/database';
import { getJobTypeDefinition } from '@3ipet/queue';
import { NeedChangedJob } from '../search/need-jobs';

const NEED_CHANGED = getJobTypeDefinition(NeedChangedJob).name;

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
}
