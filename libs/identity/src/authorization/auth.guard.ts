import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { ForbiddenProblem, UnauthorizedProblem } from '@3ipet/common';
import { AccessTokenAuthenticator } from './actor-loader';
import { Role } from './auth-context';
import { ALLOWED_ROLES, PUBLIC_ROUTE, PublicRouteOptions, RequestWithActor } from './decorators';

interface HttpRequest extends RequestWithActor {
  headers: Record<string, string | string[] | undefined>;
  routeOptions?: { url?: string };
}

/**
 * libs/health serves the worker too, which has no identity module, so its probes cannot carry
 * `@Public()`; they are the only routes exempted by path. Every other route needs a token unless marked public.
 */
const INFRASTRUCTURE_ROUTE = /^\/health\//;

/** The global guard: authenticates a Bearer token when present, and denies anonymous callers by default. */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly authenticator: AccessTokenAuthenticator,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<HttpRequest>();
    if (INFRASTRUCTURE_ROUTE.test(request.routeOptions?.url ?? '')) return true;
    const targets = [context.getHandler(), context.getClass()];
    const publicRoute = this.reflector.getAllAndOverride<Required<PublicRouteOptions> | undefined>(
      PUBLIC_ROUTE,
      targets,
    );
    if (publicRoute?.ignoreToken) {
      request.actor = null;
      return true;
    }
    const token = bearerTokenOf(request.headers.authorization);
    request.actor = token ? await this.authenticator.authenticate(token) : null;
    if (!request.actor) {
      if (publicRoute) return true;
      throw new UnauthorizedProblem();
    }
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ALLOWED_ROLES, targets);
    if (roles && !roles.includes(request.actor.role)) {
      throw new ForbiddenProblem(`This needs one of the roles: ${roles.join(', ')}.`);
    }
    return true;
  }
}

function bearerTokenOf(header: string | string[] | undefined): string | null {
  // No credentials at all, said in any of these ways, is an anonymous caller (a client that sends
  // `Bearer ${token}` with an empty token): public routes serve it, the others answer 401 below.
  if (header === undefined || (typeof header === 'string' && /^\s*(Bearer\s*)?$/i.test(header))) return null;
  const match = typeof header === 'string' ? /^Bearer ([A-Za-z0-9._~+/-]+=*)$/i.exec(header.trim()) : null;
  if (!match) throw new UnauthorizedProblem('The Authorization header must be "Bearer <access token>".');
  return match[1];
}
