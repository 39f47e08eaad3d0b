import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@3ipet/database';
import { getJobTypeDefinition } from '@3ipet/queue';
import { LibraryResourceChangedJob } from '../search/library-jobs';

const RESOURCE_CHANGED = getJobTypeDefinition(LibraryResourceChangedJob).name;

/** Records, in the caller's transaction, that a resource changed (the index follows through the outbox). */
@Injectable()
export class LibraryChangeOutbox {
  constructor(private readonly outbox: OutboxWriter) {}

  add(manager: EntityManager, resourceId: string): Promise<void> {
    return this.outbox.add(manager, {
      jobType: RESOURCE_CHANGED,
      payload: { resourceId },
      dedupKey: `library-resource:${resourceId}`,
    });
  }
}
