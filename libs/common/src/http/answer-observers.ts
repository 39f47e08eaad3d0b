import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/** Learns of one answer: its request, its reply (the status as sent) and the seconds since the request arrived. */
export type AnswerObserver = (request: FastifyRequest, reply: FastifyReply, seconds: number) => void;

declare module 'fastify' {
  interface FastifyRequest {
    /** `performance.now()` when the first onRequest hook saw the request (AnswerObservers.arrived). */
    arrivedAt: number;
  }
}

/**
 * Observers of every answer (HTTP metrics, the request log), told once per answer by the hooks that already run
 * on every request: the first onRequest hook calls `arrived()`, the last global onSend hook `sending()`. Not
 * onResponse hooks: as soon as one exists, Fastify puts two listeners on every response, takes them off again
 * when it ends and reads the clock twice, which costs more than the observers' own work (see
 * bench/http-overhead.bench.ts). An answer whose body is in hand (a string, a buffer, none) is written right
 * after the onSend hooks, in the same tick, so it is observed there; a streamed one when its response closes
 * (the last byte written, or the client gone).
 */
export class AnswerObservers {
  private readonly observers: AnswerObserver[] = [];

  /** Makes `arrivedAt` part of every request's shape (set in its constructor, not added later). */
  constructor(fastify: FastifyInstance) {
    fastify.decorateRequest('arrivedAt', 0);
  }

  add(observer: AnswerObserver): void {
    this.observers.push(observer);
  }

  /** To call first thing in the first onRequest hook. */
  arrived(request: FastifyRequest): void {
    request.arrivedAt = performance.now();
  }

  /** To call from the last global onSend hook, with the payload it passes on. */
  sending(request: FastifyRequest, reply: FastifyReply, payload: unknown): void {
    if (this.observers.length === 0) return;
    if (isStream(payload)) reply.raw.once('close', () => this.tell(request, reply));
    else this.tell(request, reply);
  }

  private tell(request: FastifyRequest, reply: FastifyReply): void {
    // A request no onRequest hook saw (a URL the router refuses) took no time, rather than since the clock's origin.
    const seconds = request.arrivedAt === 0 ? 0 : (performance.now() - request.arrivedAt) / 1000;
    for (const observer of this.observers) observer(request, reply, seconds);
  }
}

/** A Node stream or a web ReadableStream: Fastify writes it after the hooks, over time. */
function isStream(payload: unknown): boolean {
  if (typeof payload !== 'object' || payload === null) return false;
  const { pipe, getReader } = payload as { pipe?: unknown; getReader?: unknown };
  return typeof pipe === 'function' || typeof getReader === 'function';
}
