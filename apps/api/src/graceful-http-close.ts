import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { PROBLEM_CONTENT_TYPE, Problem } from '@3ipet/common';

/** How long the listener keeps taking connections after closing began, each answered 503. */
const ACCEPT_GRACE_MS = 1000;

const SHUTTING_DOWN = new Problem(
  503,
  'shutting-down',
  'Service Unavailable',
  'This instance is shutting down; retry the request (another instance will answer it).',
);

/** Whether an instance is closing: set by its drain, read on every request by the hooks of http-extras.ts. */
interface ClosingState {
  closing: boolean;
}

const closingStates = new WeakMap<FastifyInstance, ClosingState>();

/** The instance's closing flag, one object per root instance (read on every request, set once by the drain). */
export function closingStateOf(fastify: FastifyInstance): ClosingState {
  let state = closingStates.get(fastify);
  if (state === undefined) closingStates.set(fastify, (state = { closing: false }));
  return state;
}

/** The answer to a request that arrives while the instance closes: 503 problem, and the connection ends. */
export function answerShuttingDown(request: FastifyRequest, reply: FastifyReply): void {
  void reply
    .code(503)
    .header('connection', 'close')
    .header('retry-after', '1')
    .type(PROBLEM_CONTENT_TYPE)
    .send(JSON.stringify(SHUTTING_DOWN.toBody(request.url.split('?')[0])));
}

/**
 * The api's side of a graceful shutdown, to run before the rest of the app closes (its database, its
 * queue): requests in flight finish while everything they need is still there. Its per-request part runs in
 * the hooks of http-extras.ts (one onRequest and one onSend hook for all of it), which read `closingStateOf()`.
 */
export function installGracefulHttpClose(fastify: FastifyInstance): void {
  const state = closingStateOf(fastify);
  drains.set(fastify, async () => {
    state.closing = true;
    const server = fastify.server;
    if (!server.listening) return;
    // Connections the kernel accepted but Node had not taken yet would be reset by closing the listener
    // now: take them for a moment (they get the 503 of answerShuttingDown), then stop listening.
    await new Promise((resolve) => setTimeout(resolve, ACCEPT_GRACE_MS));
    await new Promise<void>((resolve, reject) => {
      server.close((error) => (error ? reject(error) : resolve()));
      server.closeIdleConnections();
    });
  });
}

const drains = new WeakMap<FastifyInstance, () => Promise<void>>();

/**
 * Stops accepting connections and resolves once every request already in flight was answered and its
 * connection closed; requests that still arrive on a kept-alive connection get a 503 problem.
 */
export function drainHttp(fastify: FastifyInstance): Promise<void> {
  const drain = drains.get(fastify);
  if (!drain) throw new Error('installGracefulHttpClose() was not called on this instance');
  return drain();
}
