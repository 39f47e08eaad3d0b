import { ExecutionContext, SetMetadata, applyDecorators, createParamDecorator } from '@nestjs/common';
import { ApiAccess } from '@3ipet/common';
import type { Actor, Role } from './auth-context';

export const PUBLIC_ROUTE = 'identity:public';
export const ALLOWED_ROLES = 'identity:roles';

export interface PublicRouteOptions {
  /**
   * Do not even look at a Bearer token. For the sign-in routes: a client refreshing because its access
   * token expired may still send that token, and must not be turned away for it.
   */
  ignoreToken?: boolean;
}

/** The route answers anonymous callers too (a Bearer token, when sent, is still verified unless ignored). */
export const Public = (options: PublicRouteOptions = {}) =>
  applyDecorators(
    SetMetadata(PUBLIC_ROUTE, { ignoreToken: false, ...options }),
    ApiAccess(options.ignoreToken ? 'anonymous' : 'optional-bearer'),
  );

/** Only callers with one of these roles pass; everyone else gets 403 (anonymous: 401). */
export const Roles = (...roles: Role[]) => SetMetadata(ALLOWED_ROLES, roles);

/** Where the auth guard leaves the caller on the request. */
export interface RequestWithActor {
  actor?: Actor;
}

export const actorOf = (request: RequestWithActor): Actor => request.actor ?? null;

/** The authenticated caller, or `null` on a public route called anonymously. */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext): Actor =>
  actorOf(context.switchToHttp().getRequest<RequestWithActor>()),
);
