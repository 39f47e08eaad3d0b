import {
  Meilisearch,
  MeilisearchApiError,
  type EnqueuedTask,
  type EnqueuedTaskPromise,
  type IndexObject,
  type SearchParams,
  type WaitOptions,
} from 'meilisearch';
import { SearchEngine } from '../search-engine.port';
import { SearchInvalidSettingsError } from '../search.errors';
import type { IndexSettings, SearchDocument, SearchQuery, SearchResult } from '../search.types';
import { assertValidQueryShape, assertValidSettings } from '../search.validation';
import { assertTaskSucceeded, toSearchError } from './meili-errors';
import { fromMeiliResult, MEILI_HIGHLIGHT_POST_TAG, MEILI_HIGHLIGHT_PRE_TAG } from './meili-result';
import { toMeiliFilter, toMeiliSort } from './meili-query';
import { toMeiliSettings } from './meili-settings';

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

export class MeilisearchSearchEngine extends SearchEngine {
  private readonly client: Meilisearch;
  private readonly indexPrefix: string;
  private readonly primaryKeys = new Map<string, string>();

  constructor(private readonly options: MeilisearchEngineOptions) {
    super();
    this.client = new Meilisearch({
      host: options.url,
      apiKey: options.apiKey,
      timeout: options.requestTimeoutMs ?? 10_000,
    });
    this.indexPrefix = options.indexPrefix ?? '';
  }

  override configureIndex(index: string, settings: IndexSettings): Promise<void> {
    return this.call(index, async () => {
      assertValidSettings(settings);
      const uid = this.uid(index);
      const existing = await this.rawIndexIfAny(uid);
      if (!existing) {
        await this.completed(this.client.createIndex(uid, { primaryKey: settings.primaryKey }), index);
      } else if (existing.primaryKey !== settings.primaryKey) {
        await this.completed(this.client.index(uid).update({ primaryKey: settings.primaryKey }), index);
      }
      await this.completed(this.client.index(uid).updateSettings(toMeiliSettings(settings)), index);
      this.primaryKeys.set(index, settings.primaryKey);
    });
  }

  override upsert(index: string, docs: SearchDocument[]): Promise<void> {
    return this.call(index, async () => {
      if (docs.length === 0) return;
      const primaryKey = await this.primaryKey(index);
      const target = this.client.index(this.uid(index));
      // Enqueued one after another so that Meilisearch applies the batches in order, then awaited together.
      const enqueued: EnqueuedTask[] = [];
      for (let from = 0; from < docs.length; from += UPSERT_BATCH) {
        enqueued.push(await target.addDocuments(docs.slice(from, from + UPSERT_BATCH), { primaryKey }));
      }
      for (const task of enqueued)
        assertTaskSucceeded(await this.client.tasks.waitForTask(task, this.waitOptions()), index);
    });
  }

  override delete(index: string, ids: string[]): Promise<void> {
    return this.call(index, async () => {
      if (ids.length === 0) return;
      await this.completed(this.client.index(this.uid(index)).deleteDocuments(ids), index);
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
