import type { FastifyInstance } from 'fastify';

export const LIVENESS_PATH = '/health/live';
const LIVE_BODY = JSON.stringify({ status: 'ok' });

/**
 * Liveness is a plain Fastify route, not a Nest controller: orchestrators and load balancers poll it often, and
 * Nest's router, guards, pipes and request logging cost more than half its throughput (bench/http-overhead).
 * It says only that the process serves HTTP; readiness (`/health/ready`) checks the dependencies.
 */
export function serveLiveness(fastify: FastifyInstance): void {
  fastify.get(LIVENESS_PATH, (_request, reply) => {
    void reply.type('application/json; charset=utf-8').send(LIVE_BODY);
  });
}

/** The route's entry in the OpenAPI document (it is not a Nest route, so Swagger does not see it). */
export const LIVENESS_OPENAPI_PATH_ITEM = {
  get: {
    operationId: 'HealthController_live',
    summary: 'Liveness: the process is up and serving requests',
    tags: ['health'],
    parameters: [],
    responses: {
      '200': {
        description: 'The process serves requests',
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: { status: { type: 'string', enum: ['ok'] } },
              required: ['status'],
            },
          },
        },
      },
    },
  },
} as const;
