import type { FastifyInstance, FastifyReply, FastifyRequest, onRequestHookHandler } from 'fastify';
import { AnswerObservers, PROBLEM_CONTENT_TYPE, toProblemBody } from '@3ipet/common';
import type { AppConfig } from '@3ipet/config';
import { corsPolicy } from './cors';
import { answerShuttingDown, closingStateOf } from './graceful-http-close';
import { REQUEST_ID_HEADER } from './logging';
import {
  APP_CSP,
  DOCUMENT_HEADERS,
  NON_DOCUMENT_CSP,
  TOOL_CSP,
  isHtml,
  isScript,
  isToolPath,
  securityHeaders,
  setHeaders,
} from './security-headers';

const CSP = 'content-security-policy';

/**
 * Fastify-level behaviour Nest does not cover, in one callback hook per phase (every request pays for each
 * hook, so each does the minimum, from values computed at boot): the request id, security and CORS headers on
 * every answer (errors, 404s and preflights included), the CSP by kind of answer (a page's policy for pages
 * and scripts, NON_DOCUMENT_CSP for the rest) and page-only headers on HTML answers, 405 for a known
 * path with a wrong method, and the graceful shutdown's 503 and `connection: close` (graceful-http-close.ts).
 * (Errors raised before a route runs — bad JSON, body too large — reach Nest's global ProblemFilter.)
 *
 * Install right after creating the adapter: the hook must run before any other of ours that may answer, and
 * routes are looked at as they are registered.
 */
export function installHttpExtras(
  fastify: FastifyInstance,
  config: AppConfig,
  answers: AnswerObservers,
): void {
  const everyAnswer = securityHeaders(config);
  const cors = corsPolicy(config);
  const shutdown = closingStateOf(fastify);
  const useToolCsp: onRequestHookHandler = (_request, reply, done) => {
    void reply.header(CSP, TOOL_CSP);
    done();
  };
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
    // Decided per route, once: tools' routes set their policy first, the onSend hook below keeps it.
    if (isToolPath(route.url)) route.onRequest = [route.onRequest ?? []].flat().concat(useToolCsp);
  });

  fastify.addHook('onRequest', (request, reply, done) => {
    answers.arrived(request);
    setHeaders(reply, everyAnswer);
    if (cors(request, reply)) return; // a preflight, answered
    if (shutdown.closing) return answerShuttingDown(request, reply);
    done();
  });

  // Also for answers no onRequest hook saw (a URL the router refuses): every answer carries the request id.
  fastify.addHook('onSend', (request, reply, payload, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    // Answers given while closing end their connection, so a kept-alive client cannot hold the drain open.
    if (shutdown.closing) void reply.header('connection', 'close');
    const contentType = reply.getHeader('content-type');
    const page = isHtml(contentType);
    if (!reply.hasHeader(CSP))
      void reply.header(CSP, page || isScript(contentType) ? APP_CSP : NON_DOCUMENT_CSP);
    if (page) setHeaders(reply, DOCUMENT_HEADERS);
    const sent = reply.statusCode === 404 ? (methodNotAllowed(request, reply) ?? payload) : payload;
    answers.sending(request, reply, sent);
    done(null, sent);
  });

  /** A 404 for a known path asked with another method becomes a 405 naming the methods it allows. */
  function methodNotAllowed(request: FastifyRequest, reply: FastifyReply): string | undefined {
    if (routes.length === 0) return undefined;
    const path = request.url.split('?')[0];
    const allowed = [...new Set(routes.filter((r) => r.pattern.test(path)).map((r) => r.method))];
    if (allowed.length === 0 || allowed.includes(request.method)) return undefined;
    const body = toProblemBody({ statusCode: 405, message: `${request.method} is not allowed here` }, path);
    void reply.code(405).header('allow', allowed.join(', ')).header('content-type', PROBLEM_CONTENT_TYPE);
    return JSON.stringify({
      ...body,
      detail: `Method ${request.method} is not allowed; use ${allowed.join(', ')}.`,
    });
  }
}

const escapeRegExp = (text: string) => text.replace(/[.+?^${}()|[\]\\*]/g, '\\$&');
