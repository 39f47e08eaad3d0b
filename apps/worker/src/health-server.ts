import { createServer, Server } from 'node:http';
import { ReadinessService } from '@3ipet/health';

/** The worker's only HTTP surface: liveness and readiness for the orchestrator. */
export function startHealthServer(readiness: ReadinessService, port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    const reply = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    };
    if (req.method === 'GET' && req.url === '/health/live') return reply(200, { status: 'ok' });
    if (req.method === 'GET' && req.url === '/health/ready') {
      readiness.check().then(
        (result) => reply(200, result),
        (error: { getResponse?: () => unknown; message: string }) =>
          reply(503, error.getResponse?.() ?? { status: 'error', message: error.message }),
      );
      return;
    }
    reply(404, { status: 404, title: 'Not found' });
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}
