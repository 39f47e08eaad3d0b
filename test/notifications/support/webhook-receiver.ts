import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';

export interface ReceivedWebhook {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A real HTTP server that records every POST and answers `status()` (200 unless a test says otherwise). */
export class WebhookReceiver {
  readonly calls: ReceivedWebhook[] = [];
  /** Requests whose sender went away mid-request (a killed worker): not received, as for any real receiver. */
  abortedRequests = 0;
  status: (call: ReceivedWebhook) => number = () => 200;
  private server?: Server;
  port = 0;

  url(path = '/hook'): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  async start(): Promise<void> {
    const server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('error', () => (this.abortedRequests += 1));
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        // The arrival time rides along as a pseudo-header, so tests can measure pacing.
        const headers = { ...request.headers, 'x-3ipet-timestamp-ms-received': String(Date.now()) };
        const call = { path: request.url ?? '', headers, body: Buffer.concat(chunks).toString('utf8') };
        this.calls.push(call);
        response.writeHead(this.status(call), { 'content-type': 'text/plain' }).end('ok');
      });
    });
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(this.port, '127.0.0.1', () => resolve()));
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The X-3iPET-Delivery header of every call, one entry per copy received. */
  deliveryIds(): string[] {
    return this.calls.map((call) => String(call.headers['x-3ipet-delivery']));
  }
}
