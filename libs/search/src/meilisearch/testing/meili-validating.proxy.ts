import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { MeiliOpenApiValidator } from './meili-openapi.validator';

/**
 * Stands between the adapter and a real Meilisearch server, forwarding every request unchanged and checking
 * each exchange against the OpenAPI document, so a live run holds both sides to it as the double does.
 */
export class MeiliValidatingProxy {
  readonly violations: string[] = [];
  private readonly server: Server;
  private readonly validator = new MeiliOpenApiValidator();

  constructor(private readonly target: string) {
    this.server = createServer((request, response) => void this.forward(request, response));
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) =>
      this.server.close((error) => (error ? reject(error) : resolve())),
    );
  }

  /** Throws with every violation seen since the last call (then forgets them, so one test's fault stays its own). */
  assertNoViolations(): void {
    if (this.violations.length === 0) return;
    const seen = this.violations.splice(0);
    throw new Error(`Exchanges with Meilisearch broke its OpenAPI document:\n- ${seen.join('\n- ')}`);
  }

  private async forward(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', this.target);
    const headers: Record<string, string> = {};
    for (const name of ['authorization', 'content-type']) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }
    const answer = await fetch(url, { method: request.method, headers, body: text || undefined });
    const answerText = await answer.text();
    this.violations.push(
      ...this.validator.check({
        method: request.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: request.headers,
        body: text ? (JSON.parse(text) as unknown) : undefined,
        status: answer.status,
        answer: answerText ? (JSON.parse(answerText) as unknown) : undefined,
      }),
    );
    response.writeHead(answer.status, {
      'content-type': answer.headers.get('content-type') ?? 'application/json',
    });
    response.end(answerText);
  }
}
