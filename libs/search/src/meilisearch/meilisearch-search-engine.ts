import type { OnModuleInit } from '@nestjs/common';
import {
  Meilisearch,
  MeilisearchApiError,
  type EnqueuedTask,
  type EnqueuedTaskPromise,
  type IndexObject,
  type IndexSwap,
  type SearchParams,
  type WaitOptions,
} from 'meilisearch';
import { SearchEngine, type IndexConfiguration, type IndexFill } from '../search-engine.port';
import { SearchInvalidSettingsError } from '../search.errors';
import type { IndexSettings, SearchDocument, SearchQuery, SearchResult } from '../search.types';
import { assertValidQueryShape, assertValidSettings } from '../search.validation';
import { assertTaskSucceeded, toSearchError } from './meili-errors';
import { fromMeiliResult, MEILI_HIGHLIGHT_POST_TAG, MEILI_HIGHLIGHT_PRE_TAG } from './meili-result';
import { toMeiliFilter, toMeiliSort } from './meili-query';
import { settingsToChange, toMeiliSettings } from './meili-settings';
import { assertApiKeyAccepted } from './meili-access';

export interface MeilisearchEngineOptions {
  url: string;
  apiKey: string;
  /** Prepended to every index name, so that environments can share one server. */
  indexPrefix?: string;
  /** Per HTTP request; default 10 s. */
  requestTimeoutMs?: number;
  /** How long a write waits for its task; default 60 s (a settings change re-indexes everything). */
  taskTimeoutMs?: number;
  /** Default 50 ms. */
  taskPollIntervalMs?: number;
}

/** Documents per request, well under Meilisearch's default 100 MB payload limit. */
const UPSERT_BATCH = 5_000;
/** Ids fetched per page by getIds. */
const IDS_PAGE = 1_000;
/** Between an index's uid and the suffix of the fresh copy a rebuild fills. */
const REBUILD_MARK = '__rebuild_';
/** A rebuild copy this old belongs to a rebuild that died: no rebuild runs that long. */
const ABANDONED_REBUILD_MS = 24 * 60 * 60 * 1000;

export class MeilisearchSearchEngine extends SearchEngine implements OnModuleInit {
  private readonly client: Meilisearch;
  private readonly indexPrefix: string;
  private readonly primaryKeys = new Map<string, string>();
  /** Uids of the fresh indexes being built, by the index they will replace (see rebuildIndex). */
  private readonly building = new Map<string, string>();
  /** Writes under way that also go to a rebuild copy: the copy is deleted only once they are done. */
  private readonly mirroredWrites = new Set<Promise<unknown>>();

  constructor(private readonly options: MeilisearchEngineOptions) {
    super();
    this.client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? 10_000,
    });
    this.indexPrefix = options.indexPrefix ?? '';
  }

  /** At boot: a server that answers but refuses the key is a configuration error, not an outage. */
  async onModuleInit(): Promise<void> {
    await assertApiKeyAccepted(this.client, this.options.url);
  }

  override configureIndex(index: string, settings: IndexSettings): Promise<IndexConfiguration> {
    return this.call(index, async () => {
      assertValidSettings(settings);
      const outcome = await this.configureUid(this.uid(index), settings, index);
      this.primaryKeys.set(index, settings.primaryKey);
      return outcome;
    });
  }

  /**
   * Fills a fresh index next to the live one, then swaps the two in one atomic task and deletes the old
   * documents: searches see the previous index until the swap, the complete new one after it.
   */
  override rebuildIndex(index: string, settings: IndexSettings, fill: IndexFill): Promise<void> {
    return this.call(index, async () => {
      assertValidSettings(settings);
      const uid = this.uid(index);
      // A name of its own, so that two rebuilds at once (api and worker after a settings change) each swap
      // in a whole index; a copy left by a rebuild that died is removed by a later one.
      const fresh = `${uid}${REBUILD_MARK}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
      await this.deleteAbandonedRebuilds(uid, index);
      await this.configureUid(fresh, settings, index);
      this.building.set(index, fresh);
      try {
        await fill((docs) => this.addDocuments([fresh], docs, settings.primaryKey, index));
        if (!(await this.rawIndexIfAny(uid))) await this.configureUid(uid, settings, index);
        // The client's type wants `rename`, which Meilisearch 1.15 does not know and would refuse.
        const swap = { indexes: [uid, fresh] } as IndexSwap;
        await this.completed(this.client.swapIndexes([swap]), index);
      } finally {
        this.building.delete(index);
      }
      this.primaryKeys.set(index, settings.primaryKey);
      // A write still on its way to the copy would create it again (Meilisearch creates a missing index on
      // a document addition); each write's failure is its caller's, only its end matters here.
      await Promise.allSettled([...this.mirroredWrites]);
      await this.completed(this.client.deleteIndex(fresh), index);
    });
  }

  override upsert(index: string, docs: SearchDocument[]): Promise<void> {
    return this.call(index, async () => {
      if (docs.length === 0) return;
      const primaryKey = await this.primaryKey(index);
      const building = this.building.get(index);
      await this.mirrored(building, async () => {
        await this.addDocuments(this.targets(index, building), docs, primaryKey, index);
      });
    });
  }

  override delete(index: string, ids: string[]): Promise<void> {
    return this.call(index, async () => {
      if (ids.length === 0) return;
      const building = this.building.get(index);
      await this.mirrored(building, async () => {
        const enqueued: EnqueuedTask[] = [];
        for (const uid of this.targets(index, building)) {
          enqueued.push(await this.client.index(uid).deleteDocuments(ids));
        }
        await this.waitAll(enqueued, index);
      });
    });
  }

  override clear(index: string): Promise<void> {
    return this.call(index, () =>
      this.completed(this.client.index(this.uid(index)).deleteAllDocuments(), index),
    );
  }

  override count(index: string): Promise<number> {
    return this.call(
      index,
      async () => (await this.client.index(this.uid(index)).getStats()).numberOfDocuments,
    );
  }

  override getIds(index: string): Promise<string[]> {
    return this.call(index, async () => {
      const primaryKey = await this.primaryKey(index);
      const target = this.client.index(this.uid(index));
      const ids: string[] = [];
      for (let offset = 0; ; offset += IDS_PAGE) {
        const page = await target.getDocuments({ fields: [primaryKey], limit: IDS_PAGE, offset });
        for (const doc of page.results) ids.push(String(doc[primaryKey]));
        if (page.results.length < IDS_PAGE) return ids;
      }
    });
  }

  override isHealthy(): Promise<boolean> {
    return this.client.isHealthy();
  }

  override search(index: string, query: SearchQuery): Promise<SearchResult> {
    return this.call(index, async () => {
      assertValidQueryShape(query);
      const primaryKey = await this.primaryKey(index);
      const response = await this.client.index(this.uid(index)).search(query.q, toSearchParams(query));
      return fromMeiliResult(response, query, primaryKey);
    });
  }

  private async configureUid(
    uid: string,
    settings: IndexSettings,
    index: string,
  ): Promise<IndexConfiguration> {
    const existing = await this.rawIndexIfAny(uid);
    if (!existing) {
      await this.completed(this.client.createIndex(uid, { primaryKey: settings.primaryKey }), index);
    } else if (existing.primaryKey !== settings.primaryKey) {
      // Meilisearch keeps the key of an index holding documents: only a rebuild (a fresh index) changes it.
      const holdsDocuments = (await this.client.index(uid).getStats()).numberOfDocuments > 0;
      if (!holdsDocuments) {
        await this.completed(this.client.index(uid).update({ primaryKey: settings.primaryKey }), index);
      }
    }
    const wanted = toMeiliSettings(settings);
    const change = existing ? settingsToChange(await this.client.index(uid).getSettings(), wanted) : wanted;
    if (Object.keys(change).length > 0)
      await this.completed(this.client.index(uid).updateSettings(change), index);
    if (!existing) return 'created';
    return Object.keys(change).length > 0 || existing.primaryKey !== settings.primaryKey
      ? 'updated'
      : 'unchanged';
  }

  /**
   * The live index, and first the rebuild copy when there is one: a swap between the two tasks then leaves
   * the write in the index that is live after it, whichever side of the swap each task falls on.
   */
  private targets(index: string, building: string | undefined): string[] {
    return building ? [building, this.uid(index)] : [this.uid(index)];
  }

  private async mirrored(building: string | undefined, write: () => Promise<void>): Promise<void> {
    if (!building) return write();
    const running = write();
    this.mirroredWrites.add(running);
    try {
      await running;
    } finally {
      this.mirroredWrites.delete(running);
    }
  }

  /** Enqueued one after another so that Meilisearch applies the batches in order, then awaited together. */
  /**
   * Batches enqueued one after another so that Meilisearch applies them in order (to every uid given, the
   * first one first), then awaited together.
   */
  private async addDocuments(
    uids: string[],
    docs: SearchDocument[],
    primaryKey: string,
    index: string,
  ): Promise<void> {
    const enqueued: EnqueuedTask[] = [];
    for (const uid of uids) {
      const target = this.client.index(uid);
      for (let from = 0; from < docs.length; from += UPSERT_BATCH) {
        enqueued.push(await target.addDocuments(docs.slice(from, from + UPSERT_BATCH), { primaryKey }));
      }
    }
    await this.waitAll(enqueued, index);
  }

  private async waitAll(enqueued: EnqueuedTask[], index: string): Promise<void> {
    for (const task of enqueued) {
      assertTaskSucceeded(await this.client.tasks.waitForTask(task, this.waitOptions()), index);
    }
  }

  private async deleteAbandonedRebuilds(uid: string, index: string): Promise<void> {
    const abandonedBefore = Date.now() - ABANDONED_REBUILD_MS;
    for (let offset = 0; ; offset += IDS_PAGE) {
      const { results, total } = await this.client.getRawIndexes({ offset, limit: IDS_PAGE });
      for (const other of results) {
        const abandoned = Date.parse(String(other.createdAt)) < abandonedBefore;
        if (other.uid.startsWith(`${uid}${REBUILD_MARK}`) && abandoned) {
          await this.completed(this.client.deleteIndex(other.uid), index);
        }
      }
      if (offset + IDS_PAGE >= total) return;
    }
  }

  private uid(index: string): string {
    return `${this.indexPrefix}${index}`;
  }

  private async call<T>(index: string, work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      throw toSearchError(error, index);
    }
  }

  private async completed(task: EnqueuedTaskPromise, index: string): Promise<void> {
    assertTaskSucceeded(await task.waitTask(this.waitOptions()), index);
  }

  private waitOptions(): WaitOptions {
    return { timeout: this.options.taskTimeoutMs ?? 60_000, interval: this.options.taskPollIntervalMs ?? 50 };
  }

  /** From configureIndex in this process, or else read once from the server. */
  private async primaryKey(index: string): Promise<string> {
    const known = this.primaryKeys.get(index);
    if (known) return known;
    const info = await this.client.getRawIndex(this.uid(index));
    if (!info.primaryKey) {
      throw new SearchInvalidSettingsError(`Index "${index}" has no primary key: configure it first`);
    }
    this.primaryKeys.set(index, info.primaryKey);
    return info.primaryKey;
  }

  private async rawIndexIfAny(uid: string): Promise<IndexObject | undefined> {
    try {
      return await this.client.getRawIndex(uid);
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return undefined;
      throw error;
    }
  }
}

function toSearchParams(query: SearchQuery): SearchParams {
  const params: SearchParams = { page: query.page, hitsPerPage: query.limit, showRankingScore: true };
  if (query.filters.length > 0) params.filter = toMeiliFilter(query.filters);
  if (query.facets.length > 0) params.facets = [...query.facets];
  const sort = toMeiliSort(query.sort);
  if (sort) params.sort = sort;
  if (query.highlight && query.highlight.length > 0) {
    params.attributesToHighlight = [...query.highlight];
    params.highlightPreTag = MEILI_HIGHLIGHT_PRE_TAG;
    params.highlightPostTag = MEILI_HIGHLIGHT_POST_TAG;
  }
  return params;
}
