import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import { PROBLEM_CONTENT_TYPE, Problem, ProblemBody } from './problem';

interface FastifyLikeError {
  statusCode?: number;
  code?: string;
  message?: string;
  validation?: unknown;
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  408: 'Request timeout',
  409: 'Conflict',
  413: 'Payload too large',
  415: 'Unsupported media type',
  422: 'Unprocessable request',
  429: 'Too many requests',
  431: 'Request header fields too large',
  500: 'Internal server error',
  503: 'Service unavailable',
};

const slugOf = (status: number) => (TITLES[status] ?? 'error').toLowerCase().replace(/\s+/g, '-');

/** Turns every error into an RFC 9457 problem+json response; only genuine faults answer 5xx. */
export function toProblemBody(exception: unknown, instance?: string): ProblemBody {
  if (exception instanceof Problem) return exception.toBody(instance);
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const response = exception.getResponse();
    const detail =
      typeof response === 'string'
        ? response
        : typeof (response as { message?: unknown }).message === 'string'
          ? (response as { message: string }).message
          : exception.message;
    const body = problem(status, detail, instance);
    const details = typeof response === 'object' ? (response as { details?: unknown }).details : undefined;
    return details === undefined ? body : { ...body, checks: details };
  }
  const fastify = exception as FastifyLikeError;
  if (typeof fastify?.statusCode === 'number' && fastify.statusCode >= 400 && fastify.statusCode < 500) {
    const detail =
      fastify.code === 'FST_ERR_CTP_BODY_TOO_LARGE'
        ? 'The request body is larger than the server accepts.'
        : fastify.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE'
          ? 'The request content type is not supported; send application/json.'
          : fastify.statusCode === 400 && exception instanceof SyntaxError
            ? `The request body is not valid JSON: ${fastify.message}`
            : fastify.message;
    return problem(fastify.statusCode, detail, instance);
  }
  return problem(500, 'An unexpected error occurred.', instance);
}

function problem(status: number, detail: string | undefined, instance?: string): ProblemBody {
  return {
    type: `https://3ipet.org/problems/${slugOf(status)}`,
    title: TITLES[status] ?? 'Error',
    status,
    ...(detail ? { detail } : {}),
    ...(instance ? { instance } : {}),
  };
}

interface ReplyLike {
  status(code: number): ReplyLike;
  header(name: string, value: string): ReplyLike;
  send(body: unknown): void;
}

@Catch()
export class ProblemFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<{ url?: string; id?: string }>();
    const reply = http.getResponse<ReplyLike>();
    const body = toProblemBody(exception, request?.url);
    if (body.status >= 500) {
      this.logger.error({ err: exception, requestId: request?.id }, 'Unhandled error');
    }
    if (request?.id) body.requestId = request.id;
    reply.status(body.status).header('content-type', PROBLEM_CONTENT_TYPE).send(body);
  }
}
