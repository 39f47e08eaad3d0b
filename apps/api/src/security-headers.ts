import type { FastifyReply } from 'fastify';
import type { AppConfig } from '@3ipet/config';

/**
 * The web UI's policy: Vite emits only same-origin module scripts and stylesheets (no inline script or
 * style element), and React sets styles through the CSSOM, which style-src does not govern.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  // blob: shows a draft's images, which only a signed-in fetch may read (no token in an <img> request).
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** Swagger UI and the queue dashboard ship inline style elements; their scripts are still same-origin files. */
export const TOOL_CSP = APP_CSP.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

/**
 * Every answer that is not a page (JSON, problems, files, scripts, styles, images): it loads nothing and may be
 * framed by no one, should a browser ever render it as a document (an SVG or a JSON answer opened in a tab).
 */
export const NON_DOCUMENT_CSP = "default-src 'none'; frame-ancestors 'none'";

/** Routes under these paths get TOOL_CSP (decided once per route, when it is registered). */
export const isToolPath = (url: string): boolean => /^\/(api\/docs|admin\/queues)(\/|\?|$)/.test(url);

const HSTS_MAX_AGE_SECONDS = 365 * 24 * 3600;

/** A header list as flat name, value pairs: set with a plain loop, no per-request allocation. */
export type HeaderList = readonly string[];

/**
 * The security headers of every answer, computed once: nosniff, no cross-origin embedding (CORP), and HSTS in
 * production only (a development server on plain http must not pin browsers to https for a year). The
 * Content-Security-Policy depends on what the answer is (pages get DOCUMENT_HEADERS, the rest NON_DOCUMENT_CSP).
 */
export function securityHeaders(config: AppConfig): HeaderList {
  return [
    'cross-origin-resource-policy',
    'same-origin',
    ...(config.env.NODE_ENV === 'production'
      ? ['strict-transport-security', `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`]
      : []),
    'x-content-type-options',
    'nosniff',
  ];
}

/**
 * The headers that only act on a page the browser renders (the web UI, Swagger UI, the queue dashboard), sent
 * with HTML answers only, not with every JSON answer, where they would be dead weight: no framing and no
 * referrer (the CSP's frame-ancestors says the same to current browsers), browsing-context isolation, DNS
 * prefetching, legacy IE and Flash switches. Values as helmet 8 sets them with `frameguard: deny` and
 * `referrerPolicy: no-referrer`. The page's CSP is set beside them (APP_CSP, or TOOL_CSP for the tools).
 */
export const DOCUMENT_HEADERS: HeaderList = [
  'x-frame-options',
  'DENY',
  'referrer-policy',
  'no-referrer',
  'cross-origin-opener-policy',
  'same-origin',
  'origin-agent-cluster',
  '?1',
  'x-dns-prefetch-control',
  'off',
  'x-download-options',
  'noopen',
  'x-permitted-cross-domain-policies',
  'none',
  'x-xss-protection',
  '0',
];

export const isHtml = (contentType: unknown): boolean =>
  typeof contentType === 'string' && contentType.startsWith('text/html');

/** A script answer gets its page's policy too: a worker started from it would be governed by its own CSP. */
export const isScript = (contentType: unknown): boolean =>
  typeof contentType === 'string' &&
  (contentType.startsWith('text/javascript') || contentType.startsWith('application/javascript'));

export function setHeaders(reply: FastifyReply, headers: HeaderList): void {
  for (let i = 0; i < headers.length; i += 2) void reply.header(headers[i], headers[i + 1]);
}
