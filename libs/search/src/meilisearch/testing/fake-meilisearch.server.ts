import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { MeiliOpenApiValidator } from './meili-openapi.validator';
import { FakeMeilisearchState, type Reply } from './fake-meilisearch.state';

export { emptySearchResponse, meiliError, type Reply } from './fake-meilisearch.state';

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
}

type Override = (request: RecordedRequest) => Reply | 'hang' | undefined;

export interface FakeMeilisearchOptions {
  /** When set, every route but /health wants `Authorization: Bearer <masterKey>`, as a server started with one. */
  masterKey?: string;
}

let sharedValidator: MeiliOpenApiValidator | undefined;

/**
 * A real HTTP server that speaks the part of Meilisearch's API the adapter uses. Documents, settings and
 * searches are held by the embedded engine; writes become tasks processed in order when a task is polled.
 * Every exchange is checked against Meilisearch's own OpenAPI document: `violations` lists what broke it.
 */
export class FakeMeilisearchServer {
  readonly requests: RecordedRequest[] = [];
  /** What the double answered, in the order it answered. */
  readonly replies: Reply[] = [];
  /** One message per request the adapter sent, or answer the double gave, that the document does not allow. */
  readonly violations: string[] = [];
  /** When set, answers POST /indexes/:uid/search instead of the embedded engine. */
  searchReply: ((body: Record<string, unknown>) => Reply) | undefined;
  private readonly state = new FakeMeilisearchState();
  private readonly overrides: Override[] = [];
  private readonly server: Server;
  private readonly hanging = new Set<ServerResponse>();
  private readonly validator: MeiliOpenApiValidator;

  constructor(private readonly options: FakeMeilisearchOptions = {}) {
    this.server = createServer((request, response) => void this.handle(request, response));
    this.validator = sharedValidator ??= new MeiliOpenApiValidator();
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

  /** Throws with every violation seen since the last call (then forgets them, so one test's fault stays its own). */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const seen = this.violations.splice(0);
    throw new Error(
      `The exchanges with the Meilisearch double broke its OpenAPI document:\n- ${seen.join('\n- ')}`,
    );
  }

  /** Answers matching requests with the override's reply instead of the normal behaviour. */
  override(handler: Override): void {
    this.overrides.push(handler);
  }

  /** The next write task ends failed with this Meilisearch error instead of succeeding. */
  failNextTask(code: string, message: string): void {
    this.state.failNextTask(code, message);
  }

  /** The next write task stays `processing` for ever. */
  stallNextTask(): void {
    this.state.stallNextTask();
  }

  /** Index uids the double holds, and their document counts. */
  indexSizes(): Record<string, number> {
    return this.state.indexSizes();
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
      body: text ? (JSON.parse(text) as unknown) : undefined,
    };
    this.requests.push(recorded);
    let reply: Reply | undefined;
    for (const override of this.overrides) {
      const scripted = override(recorded);
      if (scripted === 'hang') {
        this.hanging.add(response);
        return;
      }
      if (scripted) {
        reply = scripted;
        break;
      }
    }
    try {
      reply ??= this.unauthorized(recorded) ?? (await this.route(recorded));
    } catch (error) {
      reply = { status: 500, body: { message: String(error), code: 'internal', type: 'internal', link: '' } };
    }
    this.violations.push(...this.validator.check({ ...recorded, status: reply.status, answer: reply.body }));
    this.replies.push(reply);
    send(response, reply);
  }

  private route(request: RecordedRequest): Promise<Reply> | Reply {
    if (this.searchReply && request.method === 'POST' && /^\/indexes\/[^/]+\/search$/.test(request.path)) {
      return this.searchReply((request.body ?? {}) as Record<string, unknown>);
    }
    return this.state.route(request);
  }

  private unauthorized(request: RecordedRequest): Reply | undefined {
    const key = this.options.masterKey;
    if (key === undefined || request.path === '/health') return undefined;
    const authorization = request.headers.authorization;
    if (!authorization) {
      return {
        status: 401,
        body: authError(
          'missing_authorization_header',
          'The Authorization header is missing. It must use the bearer authorization method.',
        ),
      };
    }
    if (authorization !== `Bearer ${key}`) {
      return { status: 403, body: authError('invalid_api_key', 'The provided API key is invalid.') };
    }
    return undefined;
  }
}

function authError(code: string, message: string): Record<string, string> {
  return { message, code, type: 'auth', link: `https://docs.meilisearch.com/errors#${code}` };
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
