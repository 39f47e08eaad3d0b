import type { FastifyReply, FastifyRequest } from 'fastify';
import { ForbiddenProblem, PROBLEM_CONTENT_TYPE, Problem, UnauthorizedProblem } from '@3ipet/common';
import type { AccessTokenAuthenticator } from '@3ipet/identity';

export const QUEUE_DASHBOARD_PATH = '/admin/queues';
const COOKIE = '3ipet_queue_dashboard';
const HOW_TO_SIGN_IN = `Open ${QUEUE_DASHBOARD_PATH}?token=<an admin's access token> (or send "Authorization: Bearer <token>").`;

/**
 * The dashboard is not a Nest route, so the global auth guard never sees it: this onRequest hook does the
 * same checks (valid access token, active admin). A browser cannot set headers on a link, so `?token=` is
 * accepted once, turned into an HttpOnly cookie limited to the dashboard's path, and stripped from the
 * address by a redirect.
 */
export class DashboardAccess {
  constructor(
    private readonly authenticator: AccessTokenAuthenticator,
    /** Lifetime of an access token: the cookie lasts no longer. */
    private readonly tokenTtlSeconds: number,
  ) {}

  readonly onRequest = async (request: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const url = new URL(request.url, 'http://dashboard.invalid');
    const fromQuery = url.searchParams.get('token');
    const token = bearerOf(request.headers.authorization) ?? fromQuery ?? cookieOf(request.headers.cookie);
    const denied = token
      ? await this.problemWith(token)
      : new UnauthorizedProblem(`Admins only. ${HOW_TO_SIGN_IN}`);
    if (denied) {
      await reply.code(denied.getStatus()).type(PROBLEM_CONTENT_TYPE).send(denied.toBody(url.pathname));
      return;
    }
    if (!fromQuery) return;
    url.searchParams.delete('token');
    const secure = request.protocol === 'https' ? '; Secure' : '';
    const maxAge = this.tokenTtlSeconds;
    await reply
      .header(
        'set-cookie',
        `${COOKIE}=${token}; Path=${QUEUE_DASHBOARD_PATH}; HttpOnly; SameSite=Strict; Max-Age=${maxAge}${secure}`,
      )
      .redirect(`${url.pathname}${url.search}`, 303);
  };

  private async problemWith(token: string): Promise<Problem | null> {
    let role: string;
    try {
      ({ role } = await this.authenticator.authenticate(token));
    } catch (error) {
      if (error instanceof Problem)
        return new UnauthorizedProblem(`${error.detail ?? error.title} ${HOW_TO_SIGN_IN}`);
      throw error;
    }
    return role === 'admin' ? null : new ForbiddenProblem('The queue dashboard is for platform admins.');
  }
}

function bearerOf(header: string | undefined): string | null {
  return /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header?.trim() ?? '')?.[1] ?? null;
}

function cookieOf(header: string | undefined): string | null {
  for (const pair of (header ?? '').split(';')) {
    const [name, ...value] = pair.trim().split('=');
    if (name === COOKIE) return value.join('=');
  }
  return null;
}
