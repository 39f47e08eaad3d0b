import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  AnswerObserver,
  NotFoundProblem,
  PROBLEM_CONTENT_TYPE,
  Problem,
  UnauthorizedProblem,
} from '@3ipet/common';
import type { AppConfig } from '@3ipet/config';
import { metricsAccessRule } from './metrics-access';
import type { Metrics } from './metrics';
import type { RouteRecorder } from './route-histogram';

export const METRICS_PATH = '/metrics';

/**
 * Times every answer by route pattern (`/api/v1/technologies/:id`, never the raw URL, so the series stay few; a
 * request no route matched counts under `unmatched`) and status code: an observer for AnswerObservers, which
 * tells it of every answer without an onResponse hook. Each pattern's recorder is made once, on its first answer.
 */
export function httpMetricsObserver(metrics: Metrics): AnswerObserver {
  const { httpDuration } = metrics;
  const unmatched = httpDuration.forRoute('unmatched');
  const recorders = new Map<string, RouteRecorder>();
  const recorderOf = (request: FastifyRequest): RouteRecorder => {
    // Also `unmatched` for a route that handed over to the not-found handler (its context is then the 404's).
    const route = request.is404 ? undefined : request.routeOptions.url;
    if (route === undefined) return unmatched;
    let record = recorders.get(route);
    if (record === undefined) recorders.set(route, (record = httpDuration.forRoute(route)));
    return record;
  };
  return (request, reply, seconds) => recorderOf(request)(request.method, reply.statusCode, seconds);
}

/** `GET /metrics` in the Prometheus text format, protected as `metricsAccessRule` says. */
export function serveMetrics(fastify: FastifyInstance, metrics: Metrics, config: AppConfig): void {
  const accessOf = metricsAccessRule(config);
  fastify.get(METRICS_PATH, async (request, reply) => {
    const access = accessOf(request.headers.authorization);
    // A plain Fastify route: Nest's exception filter does not see it, so it answers its problems itself.
    if (access === 'not-served') return sendProblem(reply, new NotFoundProblem('Route'), request.url);
    if (access === 'unauthorized') {
      void reply.header('www-authenticate', 'Bearer');
      const problem = new UnauthorizedProblem(
        'Send the metrics token as "Authorization: Bearer <METRICS_TOKEN>".',
      );
      return sendProblem(reply, problem, request.url);
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

function sendProblem(reply: FastifyReply, problem: Problem, instance: string): FastifyReply {
  const body = problem.toBody(instance);
  return reply.code(body.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(body));
}
