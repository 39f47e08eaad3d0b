import { createServer, Server } from 'node:http';
import { ReadinessService } from '@3ipet/health';
import { METRICS_PATH, Metrics, MetricsAccess } from '@3ipet/metrics';

export interface HealthServerOptions {
  port: number;
  host: string;
  metrics: Metrics;
  metricsAccess: (authorization: string | undefined) => MetricsAccess;
}

/** The worker's only HTTP surface: liveness and readiness for the orchestrator, metrics for Prometheus. */
export function startHealthServer(
  readiness: ReadinessService,
  options: HealthServerOptions,
): Promise<Server> {
  const server = createServer((req, res) => {
    const reply = (status: number, body: unknown, contentType = 'application/json') => {
      res.writeHead(status, { 'content-type': contentType }).end(JSON.stringify(body));
    };
    const notFound = () => reply(404, { status: 404, title: 'Not found' });
    if (req.method === 'GET' && req.url === '/health/live') return reply(200, { status: 'ok' });
    if (req.method === 'GET' && req.url === '/health/ready') {
      readiness.check().then(
        (result) => reply(200, result),
        (error: { getResponse?: () => unknown; message: string }) =>
          reply(503, error.getResponse?.() ?? { status: 'error', message: error.message }),
      );
      return;
    }
    if (req.method === 'GET' && req.url === METRICS_PATH) {
      const access = options.metricsAccess(req.headers.authorization);
      if (access === 'not-served') return notFound();
      if (access === 'unauthorized') {
        res.setHeader('www-authenticate', 'Bearer');
        return reply(401, { status: 401, title: 'Unauthorized' }, 'application/problem+json');
      }
      options.metrics.registry.metrics().then(
        (text) => res.writeHead(200, { 'content-type': options.metrics.registry.contentType }).end(text),
        (error: Error) => reply(500, { status: 500, title: 'Internal server error', detail: error.message }),
      );
      return;
    }
    notFound();
  });
  return new Promise((resolve) => server.listen(options.port, options.host, () => resolve(server)));
}
