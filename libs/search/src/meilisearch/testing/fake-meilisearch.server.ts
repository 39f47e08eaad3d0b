import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
}

interface FakeTask {
  uid: number;
  indexUid: string | null;
  type: string;
  status: 'enqueued' | 'processing' | 'succeeded' | 'failed';
  error: { message: string; code: string; type: string; link: string } | null;
  apply: () => void;
}

interface Reply {
  status: number;
  body?: unknown;
}

type Override = (request: RecordedRequest) => Reply | 'hang' | undefined;

/**
 * A real HTTP server that answers the few Meilisearch endpoints the adapter uses, with Meilisearch's
 * response shapes. Writes become tasks that succeed on the first poll unless a test scripts otherwise.
 */
export class FakeMeilisearchServer {
  readonly requests: RecordedRequest[] = [];
  readonly indexes = new Map<
    string,
    { primaryKey: string | null; documents: Map<string, Record<string, unknown>> }
  >();
  /** What POST /indexes/:uid/search answers, given the request body. */
  searchReply: (body: Record<string, unknown>) => Reply = () => ({
    status: 200,
    body: emptySearchResponse(),
  });
  private readonly tasks: FakeTask[] = [];
  private readonly overrides: Override[] = [];
  private nextTaskOutcome: Pick<FakeTask, 'status' | 'error'>[] = [];
  private readonly server: Server;
  private readonly hanging = new Set<ServerResponse>();

  constructor() {
    this.server = createServer((request, response) => void this.handle(request, response));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    for (const response of this.hanging) response.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  /** Answers matching requests with the override's reply instead of the normal behaviour. */
  override(handler: Override): void {
    this.overrides.push(handler);
  }

  /** The next write task ends failed with this Meilisearch error instead of succeeding. */
  failNextTask(code: string, message: string): void {
    this.nextTaskOutcome.push({
      status: 'failed',
      error: { code, message, type: 'invalid_request', link: '' },
    });
  }

  /** The next write task stays `processing` for ever. */
  stallNextTask(): void {
    this.nextTaskOutcome.push({ status: 'processing', error: null });
  }

  requestsTo(method: string, pathPattern: RegExp): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && pathPattern.test(request.path));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://fake');
    const text = await readBody(request);
    const recorded: RecordedRequest = {
      method: request.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    this.requests.push(recorded);
    for (const override of this.overrides) {
      const reply = override(recorded);
      if (reply === 'hang') {
        this.hanging.add(response);
        return;
      }
      if (reply) return send(response, reply);
    }
    send(response, this.route(recorded));
  }

  private route(request: RecordedRequest): Reply {
    const { method, path } = request;
    const body = (request.body ?? {}) as Record<string, unknown>;
    const list = (Array.isArray(request.body) ? request.body : []) as Record<string, unknown>[];
    if (method === 'GET' && path === '/health') return { status: 200, body: { status: 'available' } };
    let match = /^\/tasks\/(\d+)$/.exec(path);
    if (method === 'GET' && match) return this.taskReply(Number(match[1]));
    if (method === 'POST' && path === '/indexes') {
      const uid = String(body.uid);
      return this.enqueue(uid, 'indexCreation', () => {
        this.indexes.set(uid, { primaryKey: (body.primaryKey as string) ?? null, documents: new Map() });
      });
    }
    match = /^\/indexes\/([^/]+)(\/.*)?$/.exec(path);
    if (!match) return { status: 404, body: meiliError('not_found', 'unknown route') };
    const uid = match[1];
    const rest = match[2] ?? '';
    const index = this.indexes.get(uid);
    const missing = { status: 404, body: meiliError('index_not_found', `Index \`${uid}\` not found.`) };

    if (method === 'GET' && rest === '') {
      return index
        ? { status: 200, body: { uid, primaryKey: index.primaryKey, createdAt: now(), updatedAt: now() } }
        : missing;
    }
    if (method === 'PATCH' && rest === '') {
      return this.enqueue(uid, 'indexUpdate', () => index && (index.primaryKey = String(body.primaryKey)));
    }
    if (method === 'PATCH' && rest === '/settings')
      return this.enqueue(uid, 'settingsUpdate', () => undefined);
    if (method === 'POST' && rest === '/documents') {
      const primaryKey = request.query.primaryKey ?? index?.primaryKey ?? 'id';
      return this.enqueue(uid, 'documentAdditionOrUpdate', () => {
        const target = this.indexes.get(uid) ?? { primaryKey, documents: new Map() };
        this.indexes.set(uid, target);
        for (const doc of list) target.documents.set(String(doc[primaryKey]), doc);
      });
    }
    if (method === 'POST' && rest === '/documents/delete-batch') {
      return this.enqueue(uid, 'documentDeletion', () =>
        list.forEach((id) => index?.documents.delete(String(id))),
      );
    }
    if (method === 'DELETE' && rest === '/documents') {
      return this.enqueue(uid, 'documentDeletion', () => index?.documents.clear());
    }
    if (!index) return missing;
    if (method === 'GET' && rest === '/stats') {
      return {
        status: 200,
        body: { numberOfDocuments: index.documents.size, isIndexing: false, fieldDistribution: {} },
      };
    }
    if (method === 'GET' && rest === '/documents') {
      const offset = Number(request.query.offset ?? 0);
      const limit = Number(request.query.limit ?? 20);
      const fields = request.query.fields?.split(',');
      const all = [...index.documents.values()];
      const results = all
        .slice(offset, offset + limit)
        .map((doc) => (fields ? Object.fromEntries(fields.map((field) => [field, doc[field]])) : doc));
      return { status: 200, body: { results, offset, limit, total: all.length } };
    }
    if (method === 'POST' && rest === '/search') return this.searchReply(body);
    return { status: 404, body: meiliError('not_found', 'unknown route') };
  }

  private enqueue(indexUid: string, type: string, apply: () => void): Reply {
    const outcome = this.nextTaskOutcome.shift() ?? { status: 'succeeded', error: null };
    const task: FakeTask = { uid: this.tasks.length, indexUid, type, ...outcome, apply };
    this.tasks.push(task);
    return {
      status: 202,
      body: { taskUid: task.uid, indexUid, status: 'enqueued', type, enqueuedAt: now() },
    };
  }

  private taskReply(uid: number): Reply {
    const task = this.tasks[uid];
    if (!task) return { status: 404, body: meiliError('task_not_found', `Task \`${uid}\` not found.`) };
    if (task.status === 'succeeded') {
      task.apply();
      task.apply = () => undefined;
    }
    const { apply: _apply, ...shown } = task;
    return {
      status: 200,
      body: {
        ...shown,
        batchUid: null,
        canceledBy: null,
        duration: null,
        enqueuedAt: now(),
        startedAt: null,
        finishedAt: null,
      },
    };
  }
}

export function meiliError(code: string, message: string): Record<string, string> {
  return { message, code, type: 'invalid_request', link: `https://docs.meilisearch.com/errors#${code}` };
}

export function emptySearchResponse(): Record<string, unknown> {
  return { hits: [], query: '', processingTimeMs: 0, hitsPerPage: 20, page: 1, totalPages: 0, totalHits: 0 };
}

function now(): string {
  return new Date().toISOString();
}

function send(response: ServerResponse, reply: Reply): void {
  response.writeHead(reply.status, { 'content-type': 'application/json' });
  response.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
