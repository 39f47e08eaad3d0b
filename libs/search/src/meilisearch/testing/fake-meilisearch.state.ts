import { EmbeddedSearchEngine } from '../../embedded/embedded-search-engine';
import { SearchError, SearchInvalidQueryError } from '../../search.errors';
import { FakeTaskQueue, meiliError, type TaskError } from './fake-meilisearch.tasks';

export { meiliError } from './fake-meilisearch.tasks';
import {
  defaultMeiliSettings,
  patchMeiliSettings,
  searchErrorCode,
  toEmbeddedQuery,
  toEmbeddedSettings,
  toMeiliSearchResponse,
} from './fake-meilisearch.search';

export interface Reply {
  status: number;
  body?: unknown;
}

interface Request {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
}

type Json = Record<string, unknown>;
interface FakeIndex {
  primaryKey: string | null;
  settings: Json;
  /** Name of the embedded engine's index holding this one's documents: it moves with the index on a swap. */
  store: string;
  /** The stored documents by id, as GET /documents lists them. */
  documents: Map<string, Json>;
  createdAt: string;
}

/** The indexes, documents and task queue behind the fake Meilisearch server. */
export class FakeMeilisearchState {
  private readonly engine = new EmbeddedSearchEngine();
  private readonly indexes = new Map<string, FakeIndex>();
  private readonly tasks = new FakeTaskQueue();
  private stores = 0;

  failNextTask(code: string, message: string): void {
    this.tasks.failNext(code, message);
  }

  stallNextTask(): void {
    this.tasks.stallNext();
  }

  indexSizes(): Record<string, number> {
    return Object.fromEntries([...this.indexes].map(([uid, index]) => [uid, this.sizeOf(index)]));
  }

  async route(request: Request): Promise<Reply> {
    const { method, path } = request;
    const body = (request.body ?? {}) as Json;
    if (method === 'GET' && path === '/health') return { status: 200, body: { status: 'available' } };
    if (method === 'GET' && path === '/version') {
      return { status: 200, body: { commitSha: 'fake', commitDate: now(), pkgVersion: '1.15.2' } };
    }
    let match = /^\/tasks\/(\d+)$/.exec(path);
    if (method === 'GET' && match) return this.tasks.reply(Number(match[1]));
    if (method === 'GET' && path === '/indexes') return this.listIndexes(request.query);
    if (method === 'POST' && path === '/indexes') return this.createIndex(body);
    if (method === 'POST' && path === '/swap-indexes')
      return this.swap(request.body as { indexes: string[] }[]);
    match = /^\/indexes\/([^/]+)(\/.*)?$/.exec(path);
    if (!match) return { status: 404, body: meiliError('bad_request', `No route for ${method} ${path}.`) };
    return this.indexRoute(method, match[1], match[2] ?? '', request);
  }

  private async indexRoute(method: string, uid: string, rest: string, request: Request): Promise<Reply> {
    const body = (request.body ?? {}) as Json;
    const index = this.indexes.get(uid);
    const route = `${method} ${rest}`;
    switch (route) {
      case 'PATCH ':
        return this.tasks.enqueue(uid, 'indexUpdate', async () => {
          const target = this.existing(uid);
          if (target.primaryKey !== null && this.sizeOf(target) > 0) {
            throw meiliError(
              'index_primary_key_already_exists',
              `Index \`${uid}\` already has a primary key.`,
            );
          }
          target.primaryKey = String(body.primaryKey);
          await this.configureStore(target);
        });
      case 'DELETE ':
        return this.tasks.enqueue(uid, 'indexDeletion', async () => {
          const target = this.existing(uid);
          await this.engine.clear(target.store);
          this.indexes.delete(uid);
        });
      case 'PATCH /settings':
        return this.tasks.enqueue(uid, 'settingsUpdate', async () => {
          const target = this.indexes.get(uid) ?? (await this.newIndex(uid, null));
          target.settings = patchMeiliSettings(target.settings, body);
          await this.configureStore(target);
        });
      case 'POST /documents':
        return this.tasks.enqueue(uid, 'documentAdditionOrUpdate', async () => {
          const target = this.indexes.get(uid) ?? (await this.newIndex(uid, null));
          if (target.primaryKey === null) {
            target.primaryKey = request.query.primaryKey ?? 'id';
            await this.configureStore(target);
          }
          const docs = request.body as Json[];
          const primaryKey = target.primaryKey;
          await this.write(() => this.engine.upsert(target.store, docs));
          for (const doc of docs) target.documents.set(String(doc[primaryKey]), doc);
        });
      case 'POST /documents/delete-batch':
        return this.tasks.enqueue(uid, 'documentDeletion', async () => {
          const target = this.existing(uid);
          const ids = (request.body as unknown[]).map(String);
          await this.engine.delete(target.store, ids);
          for (const id of ids) target.documents.delete(id);
        });
      case 'DELETE /documents':
        return this.tasks.enqueue(uid, 'documentDeletion', async () => {
          const target = this.existing(uid);
          await this.engine.clear(target.store);
          target.documents.clear();
        });
    }
    if (!index) return { status: 404, body: indexNotFound(uid) };
    switch (route) {
      case 'GET ':
        return { status: 200, body: this.indexView(uid, index) };
      case 'GET /settings':
        return { status: 200, body: index.settings };
      case 'GET /stats':
        return {
          status: 200,
          body: {
            numberOfDocuments: this.sizeOf(index),
            rawDocumentDbSize: 0,
            avgDocumentSize: 0,
            isIndexing: false,
            fieldDistribution: {},
          },
        };
      case 'GET /documents':
        return this.documents(index, request.query);
      case 'POST /search':
        return this.search(index, body);
    }
    return { status: 404, body: meiliError('bad_request', `No route for ${method} /indexes/${uid}${rest}.`) };
  }

  private async search(index: FakeIndex, body: Json): Promise<Reply> {
    try {
      const result = await this.engine.search(index.store, toEmbeddedQuery(body));
      return { status: 200, body: toMeiliSearchResponse(result, body, index.primaryKey ?? 'id') };
    } catch (error) {
      if (!(error instanceof SearchInvalidQueryError)) throw error;
      return { status: 400, body: meiliError(searchErrorCode(error.field), error.message) };
    }
  }

  private documents(index: FakeIndex, query: Record<string, string>): Reply {
    const offset = Number(query.offset ?? 0);
    const limit = Number(query.limit ?? 20);
    const fields = query.fields?.split(',');
    const all = [...index.documents.values()];
    const results = all
      .slice(offset, offset + limit)
      .map((doc) => (fields ? Object.fromEntries(fields.map((field) => [field, doc[field]])) : doc));
    return { status: 200, body: { results, offset, limit, total: all.length } };
  }

  private createIndex(body: Json): Reply {
    const uid = String(body.uid);
    return this.tasks.enqueue(uid, 'indexCreation', async () => {
      if (this.indexes.has(uid)) throw meiliError('index_already_exists', `Index \`${uid}\` already exists.`);
      await this.newIndex(uid, typeof body.primaryKey === 'string' ? body.primaryKey : null);
    });
  }

  private swap(pairs: { indexes: string[] }[]): Reply {
    return this.tasks.enqueue(null, 'indexSwap', async () => {
      for (const { indexes } of pairs) {
        for (const uid of indexes) this.existing(uid);
      }
      for (const {
        indexes: [a, b],
      } of pairs) {
        const first = this.existing(a);
        this.indexes.set(a, this.existing(b));
        this.indexes.set(b, first);
      }
    });
  }

  private listIndexes(query: Record<string, string>): Reply {
    const offset = Number(query.offset ?? 0);
    const limit = Number(query.limit ?? 20);
    const all = [...this.indexes].map(([uid, index]) => this.indexView(uid, index));
    return {
      status: 200,
      body: { results: all.slice(offset, offset + limit), offset, limit, total: all.length },
    };
  }

  private indexView(uid: string, index: FakeIndex): Json {
    return { uid, primaryKey: index.primaryKey, createdAt: index.createdAt, updatedAt: now() };
  }

  private async newIndex(uid: string, primaryKey: string | null): Promise<FakeIndex> {
    const index: FakeIndex = {
      primaryKey,
      settings: defaultMeiliSettings(),
      store: `store_${++this.stores}`,
      documents: new Map(),
      createdAt: now(),
    };
    await this.configureStore(index);
    this.indexes.set(uid, index);
    return index;
  }

  private async configureStore(index: FakeIndex): Promise<void> {
    await this.engine.configureIndex(
      index.store,
      toEmbeddedSettings(index.settings, index.primaryKey ?? 'id'),
    );
  }

  private sizeOf(index: FakeIndex): number {
    return index.documents.size;
  }

  private existing(uid: string): FakeIndex {
    const index = this.indexes.get(uid);
    if (!index) throw indexNotFound(uid);
    return index;
  }

  /** A write the embedded engine refuses fails the task as Meilisearch would (a bad document id). */
  private async write(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (error) {
      if (error instanceof SearchError) throw meiliError(error.code, error.message);
      throw error;
    }
  }
}

function indexNotFound(uid: string): TaskError {
  return meiliError('index_not_found', `Index \`${uid}\` not found.`);
}

export function emptySearchResponse(): Record<string, unknown> {
  return { hits: [], query: '', processingTimeMs: 0, hitsPerPage: 20, page: 1, totalPages: 0, totalHits: 0 };
}

function now(): string {
  return new Date().toISOString();
}
