import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { TransactionRunner } from '@3ipet/database';
import { NOTIFICATION_KINDS, NotificationRecorder } from '@3ipet/notifications';
import { Processor } from '@3ipet/queue';
import { SearchDocument, SearchEngine } from '@3ipet/search';
import type { NeedSearchQuery } from '../dto/need-search.dto';
import { Need } from '../need/need.entity';
import { NEED_INDEX } from '../search/need-index';
import { NeedIndexer } from '../search/need-indexer';
import { filtersOf } from '../use-cases/need-search.service';
import { MatchSavedNeedSearchesJob } from './match-saved-need-searches.job';

const BATCH_SIZE = 200;

interface SavedNeedSearchRow {
  id: string;
  organization_id: string;
  name: string;
  query: Partial<NeedSearchQuery>;
}

/**
 * Runs the saved need searches of verified vendors against one newly opened need, through the search engine with
 * the need search's own filters plus `id in [need]`: the alert fires exactly when the search page would show the
 * need. Each (saved search, need) pair notifies once: the hit row's primary key, in the notice's transaction.
 */
@Injectable()
export class SavedNeedSearchAlerts {
  private readonly logger = new Logger(SavedNeedSearchAlerts.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly engine: SearchEngine,
    private readonly transactions: TransactionRunner,
    private readonly recorder: NotificationRecorder,
    private readonly indexer: NeedIndexer,
  ) {}

  @Processor(MatchSavedNeedSearchesJob)
  async onNeedOpened(job: MatchSavedNeedSearchesJob): Promise<void> {
    const need = await this.dataSource.manager.findOneBy(Need, { id: job.needId });
    if (need?.status !== 'open') return; // closed again before we got to it: nothing to announce
    // This job may run before the need's own index job: syncing is idempotent, so do it here first.
    if (!(await this.search('', [], job.needId))) await this.indexer.syncOne(job.needId);
    const indexed = await this.search('', [], job.needId);
    if (!indexed) throw new Error(`Need ${job.needId} is open but not in the search index; retrying`);
    let alerted = 0;
    let lastId = '00000000-0000-0000-0000-000000000000';
    for (;;) {
      const batch: SavedNeedSearchRow[] = await this.dataSource.query(
        `SELECT s.id, s.organization_id, s.name, s.query FROM saved_need_search s
           JOIN organization o ON o.id = s.organization_id
          WHERE o.verified AND s.id > $1 ORDER BY s.id LIMIT ${BATCH_SIZE}`,
        [lastId],
      );
      if (batch.length === 0) break;
      for (const saved of batch) {
        const q = typeof saved.query.q === 'string' ? saved.query.q.trim() : '';
        if (await this.search(q, filtersOf(saved.query), job.needId))
          alerted += Number(await this.alert(saved, indexed));
      }
      lastId = batch[batch.length - 1].id;
    }
    if (alerted > 0) this.logger.log(`Need ${job.needId} matched ${alerted} saved searches of needs`);
  }

  private async search(
    q: string,
    filters: ReturnType<typeof filtersOf>,
    needId: string,
  ): Promise<SearchDocument | undefined> {
    const result = await this.engine.search(NEED_INDEX, {
      q,
      filters: [...filters, { field: 'id', op: 'in', values: [needId] }],
      facets: [],
      page: 1,
      limit: 1,
    });
    return result.hits[0]?.document;
  }

  /** True when this pair had not alerted before. */
  private alert(saved: SavedNeedSearchRow, need: SearchDocument): Promise<boolean> {
    const needId = String(need.id);
    return this.transactions.run(async (manager) => {
      const inserted: unknown[] = await manager.query(
        // From the saved search row, so a search deleted meanwhile simply inserts nothing.
        `INSERT INTO saved_need_search_hit (saved_need_search_id, need_id)
         SELECT id, $2 FROM saved_need_search WHERE id = $1
         ON CONFLICT DO NOTHING RETURNING saved_need_search_id`,
        [saved.id, needId],
      );
      if (inserted.length === 0) return false;
      await this.recorder.record(manager, {
        organizationId: saved.organization_id,
        kind: NOTIFICATION_KINDS.savedNeedSearchHit,
        payload: {
          savedSearchId: saved.id,
          savedSearchName: saved.name,
          needId,
          needTitle: String(need.title ?? ''),
        },
        dedupKey: `saved-need-search:${saved.id}:${needId}`,
      });
      return true;
    });
  }
}
