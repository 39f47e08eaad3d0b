import { Histogram, Registry } from 'prom-client';
import { RouteHistogram } from './route-histogram';

const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const NAME = 'test_http_request_duration_seconds';
const HELP = 'HTTP request duration by method, route pattern and status code';

/** [method, route, status, seconds]: bounds hit exactly, values between them, above the last, a repeat. */
const OBSERVATIONS: [string, string, number, number][] = [
  ['GET', '/health/live', 200, 0.0004],
  ['GET', '/health/live', 200, 0.005],
  ['GET', '/health/live', 200, 0.0051],
  ['GET', '/api/v1/technologies/:id', 404, 0.3],
  ['GET', '/api/v1/technologies/:id', 200, 12],
  ['POST', '/api/v1/technologies/:id', 200, 1],
  ['GET', 'unmatched', 404, 0.002],
  ['GET', '/health/live', 200, 2.5],
];

describe('RouteHistogram', () => {
  it("exports the same text as prom-client's Histogram given the same observations", async () => {
    const reference = new Registry();
    const histogram = new Histogram({
      name: NAME,
      help: HELP,
      labelNames: ['method', 'route', 'status_code'] as const,
      buckets: BUCKETS,
      registers: [reference],
    });
    const lean = new Registry();
    const routes = new RouteHistogram(NAME, HELP, BUCKETS, lean);
    const recorders = new Map<string, ReturnType<RouteHistogram['forRoute']>>();

    for (const [method, route, status, seconds] of OBSERVATIONS) {
      histogram.observe({ method, route, status_code: status }, seconds);
      if (!recorders.has(route)) recorders.set(route, routes.forRoute(route));
      recorders.get(route)!(method, status, seconds);
    }

    const text = await lean.metrics();
    expect(text).toBe(await reference.metrics());
    expect(text).toContain(`${NAME}_count{method="GET",route="/health/live",status_code="200"} 4`);
    expect(text).toContain(
      `${NAME}_bucket{le="0.005",method="GET",route="/health/live",status_code="200"} 2`,
    );
    expect(text).toContain(
      `${NAME}_bucket{le="+Inf",method="GET",route="/api/v1/technologies/:id",status_code="200"} 1`,
    );
    expect((await lean.getMetricsAsJSON()).map((metric) => [metric.name, metric.type])).toEqual([
      [NAME, 'histogram'],
    ]);
  });

  it('starts over after a reset, through the recorders already handed out', async () => {
    const registry = new Registry();
    const routes = new RouteHistogram(NAME, HELP, BUCKETS, registry);
    const live = routes.forRoute('/health/live');
    live('GET', 200, 0.001);
    registry.resetMetrics();
    expect(await registry.metrics()).not.toContain('_count');
    live('GET', 200, 0.001);
    expect(await registry.metrics()).toContain(
      `${NAME}_count{method="GET",route="/health/live",status_code="200"} 1`,
    );
  });
});
