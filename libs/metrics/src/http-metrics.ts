import type { FastifyInstance, FastifyReply, onResponseHookHandler } from 'fastify';
import { NotFoundProblem, PROBLEM_CONTENT_TYPE, Problem, UnauthorizedProblem } from '@3ipet/common';
import type { AppConfig } from '@3ipet/config';
import { metricsAccessRule } from './metrics-access';
import type { Metrics } from './metrics';
import type { RouteRecorder } from './route-histogram';

export const METRICS_PATH = '/metrics';

/**
 * Times every answer by route pattern (`/api/v1/technologies/:id`, never the raw URL, so the series stay
 * few) and status code. Each route gets its own callback hook with its pattern bound when it is registered
 * (no route lookup per request); one global hook times the requests no route matched. Call before any route
 * is registered (right after creating the Fastify instance).
 */
export function recordHttpMetrics(fastify: FastifyInstance, metrics: Metrics): void {
  const { httpDuration } = metrics;
  const timed =
    (record: RouteRecorder): onResponseHookHandler =>
    (request, reply, done) => {
      record(request.method, reply.statusCode, reply.elapsedTime / 1000);
      done();
    };
  fastify.addHook('onRoute', (route) => {
    route.onResponse = [route.onResponse ?? []].flat().concat(timed(httpDuration.forRoute(route.url)));
  });
  const unmatched = httpDuration.forRoute('unmatched');
  // Unmatched requests, and routes that handed over to the not-found handler, run only the global hooks.
  fastify.addHook('onResponse', (request, reply, done) => {
    if (request.is404) unmatched(request.method, reply.statusCode, reply.elapsedTime / 1000);
    done();
  });
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
