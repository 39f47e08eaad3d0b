import type { FastifyInstance, FastifyServerOptions, RawServerDefault } from 'fastify';
import { VersioningOptions, VersioningType } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';

/** The adapter's options for an HTTP/1 server (its own type is not exported). */
type FastifyAdapterOptions = FastifyServerOptions<RawServerDefault> & { skipMiddie?: boolean };

/** Per request; the others the constructor adds (`onRegister`, to track contexts) are kept. */
const DROPPED_HOOKS: ReadonlySet<string> = new Set(['onRequest', 'onResponse']);

/** While the stock constructor runs: the instance it set, with Fastify's own addHook to restore after. */
let building: { instance?: FastifyInstance; addHook?: FastifyInstance['addHook'] } | undefined;

/**
 * NestJS's Fastify adapter, without the request hooks of features the api does not use.
 *
 * The stock adapter's constructor adds six `onRequest` hooks and one `onResponse` hook to every request, one per
 * optional feature, each of which does nothing unless its feature is turned on: the adapter lifecycle hooks
 * (`setOnRequestHook`, `setOnResponseHook`), its own 503 while closing, `app.enableCors()`, the shared hook of
 * `app.useSecurityHeaders()` / `app.enableCsrfProtection()`, sending requests whose target is not a path to
 * the not-found handler before middleware, and the errors of a custom version extractor. The api has its own
 * CORS, security headers and shutdown answer (http-extras.ts), no Nest middleware (no middie) and no versioning,
 * and each empty hook still costs every request. This adapter adds none of them, and a call that would turn
 * one of those features on throws at boot instead of silently doing nothing.
 */
export class LeanFastifyAdapter extends FastifyAdapter {
  constructor(options: FastifyAdapterOptions) {
    if (options.skipMiddie !== true) {
      throw new Error('LeanFastifyAdapter runs no Nest middleware: pass skipMiddie: true');
    }
    building = {};
    try {
      super(options);
    } finally {
      if (building.instance && building.addHook) building.instance.addHook = building.addHook;
      building = undefined;
    }
  }

  /** Called by the stock constructor before it adds its hooks: those are dropped until it returns. */
  override setInstance<T = FastifyInstance>(given: T): void {
    super.setInstance(given);
    if (building === undefined || building.instance !== undefined) return;
    const instance = given as FastifyInstance;
    const addHook = instance.addHook;
    Object.assign(building, { instance, addHook });
    instance.addHook = function dropRequestHooks(this: FastifyInstance, name: string, ...rest: unknown[]) {
      if (DROPPED_HOOKS.has(name)) return this;
      return (addHook as (...args: unknown[]) => FastifyInstance).call(this, name, ...rest);
    } as FastifyInstance['addHook'];
  }

  override setOnRequestHook(): never {
    throw unsupported('adapter onRequest hooks');
  }

  override setOnResponseHook(): never {
    throw unsupported('adapter onResponse hooks');
  }

  override enableCors(): never {
    throw unsupported('app.enableCors() (CORS is answered by http-extras.ts)');
  }

  override registerSecurityHook(): never {
    throw unsupported('app.useSecurityHeaders() and app.enableCsrfProtection() (headers: http-extras.ts)');
  }

  override initHttpServer(
    options: { return503OnClosing?: boolean; forceCloseConnections?: boolean } = {},
  ): void {
    if (options.return503OnClosing) {
      throw unsupported('return503OnClosing (the shutdown answer is graceful-http-close.ts)');
    }
    super.initHttpServer(options);
  }

  override applyVersionFilter(
    handler: Parameters<FastifyAdapter['applyVersionFilter']>[0],
    version: Parameters<FastifyAdapter['applyVersionFilter']>[1],
    versioningOptions: VersioningOptions,
  ): ReturnType<FastifyAdapter['applyVersionFilter']> {
    if (versioningOptions.type === VersioningType.CUSTOM) throw unsupported('custom versioning');
    return super.applyVersionFilter(handler, version, versioningOptions);
  }
}

const unsupported = (feature: string) =>
  new Error(`LeanFastifyAdapter installs no request hook for ${feature}; use the stock FastifyAdapter`);
