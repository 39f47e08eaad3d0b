import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AppConfig } from '@3ipet/config';

const EXPOSED_HEADERS = 'x-request-id, etag, location';
const ALLOWED_METHODS = 'GET, HEAD, POST, PUT, PATCH, DELETE';

/**
 * Cross-origin calls only from the origins listed in CORS_ORIGINS (with credentials); any other origin,
 * `null` included, gets no CORS header at all, so the browser keeps the answer from it. When origins are
 * listed, every answer varies by Origin (caches must not hand one origin's answer to another).
 *
 * Returns a per-request step that sets the headers and answers a preflight itself (204, or 400 when it lacks
 * Access-Control-Request-Method); it returns true when it answered. A request without an Origin header, the
 * common case, costs one header.
 */
export function corsPolicy(config: AppConfig): (request: FastifyRequest, reply: FastifyReply) => boolean {
  const allowed = new Set(config.corsOrigins);
  // With no origin listed, no answer depends on the Origin header: nothing to do.
  if (allowed.size === 0) return () => false;
  return (request, reply) => {
    void reply.header('vary', 'Origin');
    const origin = request.headers.origin;
    if (origin === undefined || !allowed.has(origin)) return false;
    void reply
      .header('access-control-allow-origin', origin)
      .header('access-control-allow-credentials', 'true')
      .header('access-control-expose-headers', EXPOSED_HEADERS);
    if (request.method !== 'OPTIONS') return false;
    if (!request.headers['access-control-request-method']) {
      void reply.code(400).type('text/plain').send('Invalid Preflight Request');
      return true;
    }
    const requestedHeaders = request.headers['access-control-request-headers'];
    void reply
      .header('vary', 'Origin, Access-Control-Request-Headers')
      .header('access-control-allow-methods', ALLOWED_METHODS);
    if (requestedHeaders !== undefined) void reply.header('access-control-allow-headers', requestedHeaders);
    void reply.code(204).header('content-length', '0').send();
    return true;
  };
}
