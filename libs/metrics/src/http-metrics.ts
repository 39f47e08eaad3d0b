import type { FastifyInstance, FastifyReply } from 'fastify';
import { NotFoundProblem, PROBLEM_CONTENT_TYPE, Problem, UnauthorizedProblem } from '@3ipet/common';
import type { AppConfig } from '@3ipet/config';
import { metricsAccessRule } from './metrics-access';
import type { Metrics } from './metrics';

export const METRICS_PATH = '/metrics';

/**
 * Times every answer by route pattern (`/api/v1/technologies/:id`, never the raw URL, so the series stay
 * few) and status code. A callback hook doing one histogram update: it must stay out of the overhead
 * budget of bench/http-overhead.
 */
export function recordHttpMetrics(fastify: FastifyInstance, metrics: Metrics): void {
  const { httpDuration } = metrics;
  fastify.addHook('onResponse', (request, reply, done) => {
    const route = request.is404 ? 'unmatched' : (request.routeOptions.url ?? 'unmatched');
    httpDuration.observe(
      { method: request.method, route, status_code: reply.statusCode },
      reply.elapsedTime / 1000,
    );
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
