import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { PROBLEM_CONTENT_TYPE, toProblemBody } from '@3ipet/common';

const DETAILS: Record<number, string> = {
  400: 'The request could not be parsed as HTTP.',
  408: 'The request was not received in time.',
  431: 'The request headers are larger than the server accepts.',
};

/**
 * Requests Node's HTTP parser refuses never reach Fastify's routing (header too large, bad framing, timeout):
 * answer them as problem+json like every other error, then close the connection as Node itself would.
 */
export function problemClientErrorHandler(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || socket.destroyed) return;
  const status =
    error.code === 'HPE_HEADER_OVERFLOW' ? 431 : error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? 408 : 400;
  const body = JSON.stringify(toProblemBody({ statusCode: status, message: DETAILS[status] }));
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Content-Type: ${PROBLEM_CONTENT_TYPE}\r\nConnection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy(error);
}
