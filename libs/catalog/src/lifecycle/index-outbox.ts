import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxEntry, OutboxWriter } from '@3ipet/database';
import { getJobTypeDefinition } from '@3ipet/queue';
import { IndexTechnologyJob } from '../search/index-technology.job';
import type { TechnologyStatus } from '../technology/technology-status';

const INDEX_JOB_TYPE = getJobTypeDefinition(IndexTechnologyJob).name;
/** Consumed by libs/needs (registered there): alerts saved searches that a newly published listing matches. */
const SAVED_SEARCH_ALERTS_JOB_TYPE = 'needs.match-saved-searches';
/** Consumed by libs/matching (registered there): proposes or withdraws matches of a listing that is or was public. */
const MATCHING_JOB_TYPE = 'matching.recompute-technology';

/**
 * Asks, in the caller's transaction, for everything derived from public listings (search index, matches,
 * saved-search alerts) to follow a listing that is or was public.
 */
@Injectable()
export class IndexOutbox {
  constructor(private readonly outbox: OutboxWriter) {}

  async afterChange(
    manager: EntityManager,
    technologyId: string,
    before: TechnologyStatus | null,
    after: TechnologyStatus | null,
  ): Promise<void> {
    await this.outbox.add(manager, ...publicListingEntries(technologyId, before, after));
  }
}

/** The outbox entries a status change causes: none unless the listing is or was public. */
export function publicListingEntries(
  technologyId: string,
  before: TechnologyStatus | null,
  after: TechnologyStatus | null,
): OutboxEntry[] {
  if (before !== 'published' && after !== 'published') return [];
  const payload = { technologyId };
  return [
    { jobType: INDEX_JOB_TYPE, payload },
    { jobType: MATCHING_JOB_TYPE, payload },
    ...(before !== 'published' ? [{ jobType: SAVED_SEARCH_ALERTS_JOB_TYPE, payload }] : []),
  ];
}
