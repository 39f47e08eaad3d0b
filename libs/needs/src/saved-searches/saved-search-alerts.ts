import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { MoreThan, Repository } from 'typeorm';
import { TECHNOLOGY_INDEX, TechnologySearchQuery, technologySearchFilters } from '@3ipet/catalog';
import { TransactionRunner } from '@3ipet/database';
import { NOTIFICATION_KINDS, NotificationRecorder } from '@3ipet/notifications';
import { Processor } from '@3ipet/queue';
import { SearchDocument, SearchEngine } from '@3ipet/search';
import { MatchSavedSearchesJob } from './match-saved-searches.job';
import { PublishedTechnologies } from './published-technologies';
import { SavedSearch } from './saved-search.entity';

const BATCH_SIZE = 200;

/**
 * Runs every saved search against one newly published technology, through the search engine with
 * the technology search's own filters plus `id in [technology]`: the alert matches exactly when the
 * search page would have shown it (typos, synonyms and all). Each (saved search, technology) pair
 * notifies once: the hit row's primary key says so, in the same transaction as the notification.
 */
@Injectable()
export class SavedSearchAlerts {
  private readonly logger = new Logger(SavedSearchAlerts.name);

  constructor(
    @InjectRepository(SavedSearch) private readonly savedSearches: Repository<SavedSearch>,
    private readonly engine: SearchEngine,
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
    private readonly technologies: PublishedTechnologies,
  ) {}

  @Processor(MatchSavedSearchesJob)
  async onTechnologyPublished(job: MatchSavedSearchesJob): Promise<void> {
    const indexed = await this.indexedDocument(job.technologyId);
    if (!indexed) {
      if (await this.technologies.isPublished(job.technologyId)) {
        throw new Error(
          `Technology ${job.technologyId} is published but not in the search index yet; retrying`,
        );
      }
      return; // unpublished again before we got to it: nothing to announce
    }
    let alerted = 0;
    let lastId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch = await this.savedSearches.find({
        where: { id: MoreThan(lastId) },
        order: { id: 'ASC' },
        take: BATCH_SIZE,
      });
      if (batch.length === 0) break;
      for (const savedSearch of batch) {
        if (await this.matches(savedSearch, job.technologyId))
          alerted += Number(await this.alert(savedSearch, indexed));
      }
      lastId = batch[batch.length - 1].id;
    }
    if (alerted > 0) this.logger.log(`Technology ${job.technologyId} matched ${alerted} saved searches`);
  }

  private async indexedDocument(technologyId: string): Promise<SearchDocument | undefined> {
    const result = await this.engine.search(TECHNOLOGY_INDEX, {
      q: '',
      filters: [{ field: 'id', op: 'in', values: [technologyId] }],
      facets: [],
      page: 1,
      limit: 1,
    });
    return result.hits[0]?.document;
  }

  private async matches(savedSearch: SavedSearch, technologyId: string): Promise<boolean> {
    const query = savedSearch.query as Partial<TechnologySearchQuery>;
    const result = await this.engine.search(TECHNOLOGY_INDEX, {
      q: typeof query.q === 'string' ? query.q.trim() : '',
      filters: [...technologySearchFilters(query), { field: 'id', op: 'in', values: [technologyId] }],
      facets: [],
      page: 1,
      limit: 1,
    });
    return result.total > 0;
  }

  /** True when this pair had not alerted before. */
  private alert(savedSearch: SavedSearch, technology: SearchDocument): Promise<boolean> {
    const technologyId = String(technology.id);
    return this.transactions.run(async (manager) => {
      const inserted: unknown[] = await manager.query(
        // From the saved_search row, so a search deleted meanwhile simply inserts nothing.
        `INSERT INTO saved_search_hit (saved_search_id, technology_id) SELECT id, $2 FROM saved_search WHERE id = $1
         ON CONFLICT DO NOTHING RETURNING saved_search_id`,
        [savedSearch.id, technologyId],
      );
      if (inserted.length === 0) return false;
      await this.recorder.record(manager, {
        organizationId: savedSearch.organizationId,
        kind: NOTIFICATION_KINDS.savedSearchHit,
        payload: {
          savedSearchId: savedSearch.id,
          savedSearchName: savedSearch.name,
          technologyId,
          technologyTitle: String(technology.title ?? ''),
        },
        dedupKey: `saved-search:${savedSearch.id}:${technologyId}`,
      });
      return true;
    });
  }
}
