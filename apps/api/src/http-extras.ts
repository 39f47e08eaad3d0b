import type { FastifyInstance } from 'fastify';
import { PROBLEM_CONTENT_TYPE, toProblemBody } from '@3ipet/common';
import { REQUEST_ID_HEADER } from './logging';

/**
 * Fastify-level behaviour Nest does not cover: request ids on every answer and 405 for a known path
 * with a wrong method. (Errors raised before a route runs — bad JSON, body too large — reach Nest's
 * global ProblemFilter.)
 */
export function installHttpExtras(fastify: FastifyInstance): void {
  const routes: { method: string; pattern: RegExp }[] = [];
  fastify.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    const pattern = new RegExp(
      `^${escapeRegExp(route.url)
        .replace(/:[^/]+/g, '[^/]+')
        .replace(/\\\*/g, '.*')}/?$`,
    );
    // CORS preflight answers OPTIONS on every path; it says nothing about which methods a path allows.
    for (const method of methods.map((m) => String(m).toUpperCase()).filter((m) => m !== 'OPTIONS')) {
      routes.push({ method, pattern });
    }
  });

  // A callback hook (no promise per response): it runs on every answer, and only a 404 needs more than a header.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    reply.header(REQUEST_ID_HEADER, request.id);
    if (reply.statusCode === 404 && routes.length > 0) {
      const path = request.url.split('?')[0];
      const allowed = routes.filter((r) => r.pattern.test(path)).map((r) => r.method);
      if (allowed.length > 0 && !allowed.includes(request.method)) {
        const body = toProblemBody(
          { statusCode: 405, message: `${request.method} is not allowed here` },
          path,
        );
        reply
          .code(405)
          .header('allow', [...new Set(allowed)].join(', '))
          .header('content-type', PROBLEM_CONTENT_TYPE);
        return done(
          null,
          JSON.stringify({
            ...body,
            detail: `Method ${request.method} is not allowed; use ${[...new Set(allowed)].join(', ')}.`,
          }),
        );
      }
    }
    done(null, payload);
  });
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\*]/g, '\\$&');
