import helmet from '@fastify/helmet';
import type { FastifyCorsOptions } from '@fastify/cors';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { AppConfig } from '@3ipet/config';

/**
 * The web UI's policy: Vite emits only same-origin module scripts and stylesheets (no inline script or
 * style element), and React sets styles through the CSSOM, which style-src does not govern.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Swagger UI and the queue dashboard ship inline style elements; their scripts are still same-origin files. */
export const TOOL_CSP = APP_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

const TOOL_PATHS = /^\/(api\/docs|admin\/queues)(\/|\?|$)/;

const HSTS_MAX_AGE_SECONDS = 365 * 24 * 3600;

/**
 * Security headers on every answer (helmet): the CSP above, nosniff, no framing, no referrer, and HSTS in
 * production only (a development server on plain http must not pin browsers to https for a year).
 */
export async function installSecurityHeaders(app: NestFastifyApplication, config: AppConfig): Promise<void> {
  await app.register(helmet, {
    contentSecurityPolicy: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    hsts:
      config.env.NODE_ENV === 'production'
        ? { maxAge: HSTS_MAX_AGE_SECONDS, includeSubDomains: true }
        : false,
  });
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('onRequest', async (request, reply) => {
      reply.header('content-security-policy', TOOL_PATHS.test(request.url) ? TOOL_CSP : APP_CSP);
    });
}

/**
 * Cross-origin calls only from the origins listed in CORS_ORIGINS (with credentials); any other origin,
 * `null` included, gets no CORS header at all, so the browser keeps the answer from it.
 */
export function corsOptions(config: AppConfig): FastifyCorsOptions {
  const allowed = new Set(config.corsOrigins);
  return {
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    exposedHeaders: ['x-request-id', 'etag', 'location'],
  };
}
