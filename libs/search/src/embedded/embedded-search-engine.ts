import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { SearchEngine, type IndexConfiguration, type IndexFill } from '../search-engine.port';
import { SearchIndexNotFoundError, SearchWriteRejectedError } from '../search.errors';
import type { IndexSettings, SearchDocument, SearchQuery, SearchResult } from '../search.types';
import { assertValidQueryShape, assertValidSettings, readDocumentId } from '../search.validation';
import { EmbeddedIndex } from './embedded-index';
import { searchIndex } from './index-search';

/** Documents indexed between two yields to the event loop, so a bulk load does not stall requests. */
const UPSERT_CHUNK = 2000;
/** A batch at least this big is a bulk load: spare capacity is given back afterwards. */
const BULK_LOAD = 10_000;

/**
 * An in-process search engine for one instance of the application: fast (no network), nothing to
 * operate, rebuilt from the database at start. Writes to an index run one after another, like
 * Meilisearch's task queue; searches run against whatever writes have completed.
 */
export class EmbeddedSearchEngine extends SearchEngine {
  private readonly indexes = new Map<string, EmbeddedIndex>();
  private readonly writeQueues = new Map<string, Promise<void>>();
  /** Indexes being rebuilt, by the name of the live index they will replace. */
  private readonly building = new Map<string, EmbeddedIndex>();

  override async configureIndex(index: string, settings: IndexSettings): Promise<IndexConfiguration> {
    assertValidSettings(settings);
    let outcome: IndexConfiguration = 'unchanged';
    await this.enqueueWrite(index, async () => {
      const previous = this.indexes.get(index);
      if (previous && JSON.stringify(previous.settings) === JSON.stringify(settings)) return;
      outcome = previous ? 'updated' : 'created';
      const next = new EmbeddedIndex(structuredClone(settings));
      if (previous) {
        const docs = previous.documents();
        for (let i = 0; i < docs.length; i++) {
          next.upsert(docs[i]);
          if ((i + 1) % UPSERT_CHUNK === 0) await yieldToEventLoop();
        }
        next.trim();
      }
      this.indexes.set(index, next);
    });
    return outcome;
  }

  override async rebuildIndex(index: string, settings: IndexSettings, fill: IndexFill): Promise<void> {
    assertValidSettings(settings);
    const fresh = new EmbeddedIndex(structuredClone(settings));
    this.building.set(index, fresh);
    try {
      await fill(async (docs) => {
        const batch = docs.map((doc) => ({ ...doc }));
        await this.enqueueWrite(index, () => upsertInto(fresh, batch));
      });
      await this.enqueueWrite(index, async () => {
        fresh.trim();
        this.indexes.set(index, fresh);
      });
    } finally {
      this.building.delete(index);
    }
  }

  override upsert(index: string, docs: SearchDocument[]): Promise<void> {
    // Copied now, as a network client would serialize them now: later changes by the caller must not leak in.
    const batch = docs.map((doc) => ({ ...doc }));
    return this.enqueueWrite(index, async () => {
      await upsertInto(this.existing(index), batch);
      const building = this.building.get(index);
      if (building) await upsertInto(building, batch);
    });
  }

  override delete(index: string, ids: string[]): Promise<void> {
    const batch = [...ids];
    return this.enqueueWrite(index, async () => {
      for (const target of [this.existing(index), this.building.get(index)]) {
        if (!target) continue;
        for (const id of batch) target.remove(id);
        target.compactIfWorthwhile();
      }
    });
  }

  override clear(index: string): Promise<void> {
    return this.enqueueWrite(index, async () => {
      this.indexes.set(index, new EmbeddedIndex(this.existing(index).settings));
    });
  }

  override async count(index: string): Promise<number> {
    return this.existing(index).documentCount;
  }

  override async getIds(index: string): Promise<string[]> {
    return this.existing(index).ids();
  }

  override async isHealthy(): Promise<boolean> {
    return true;
  }

  override async search(index: string, query: SearchQuery): Promise<SearchResult> {
    assertValidQueryShape(query);
    return searchIndex(this.existing(index), query);
  }

  private existing(index: string): EmbeddedIndex {
    const found = this.indexes.get(index);
    if (!found) throw new SearchIndexNotFoundError(index);
    return found;
  }

  /** Runs writes to one index in order; a failed write rejects its caller and does not block the next. */
  private enqueueWrite(index: string, write: () => Promise<void>): Promise<void> {
    const previous = this.writeQueues.get(index) ?? Promise.resolve();
    const result = previous.then(write);
    // The queue only orders writes; each failure still reaches its own caller through `result`.
    const settled = result.then(
      () => undefined,
      () => undefined,
    );
    this.writeQueues.set(index, settled);
    void settled.then(() => {
      if (this.writeQueues.get(index) === settled) this.writeQueues.delete(index);
    });
    return result;
  }
}

/** Validates the whole batch first, so that a bad document id leaves the index untouched. */
async function upsertInto(target: EmbeddedIndex, batch: SearchDocument[]): Promise<void> {
  const badDoc = batch.findIndex((doc) => readDocumentId(doc, target.settings.primaryKey) === undefined);
  if (badDoc >= 0) {
    throw new SearchWriteRejectedError(
      `Document ${badDoc} of the batch needs "${target.settings.primaryKey}" as a non-negative integer or a string of letters, digits, - and _`,
      'invalid_document_id',
    );
  }
  for (let i = 0; i < batch.length; i++) {
    target.upsert(batch[i]);
    if ((i + 1) % UPSERT_CHUNK === 0) await yieldToEventLoop();
  }
  target.compactIfWorthwhile();
  if (batch.length >= BULK_LOAD) target.trim();
}
