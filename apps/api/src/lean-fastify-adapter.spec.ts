import { Controller, Get, Module, VersioningType } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { LeanFastifyAdapter } from './lean-fastify-adapter';

@Controller('things')
class ThingsController {
  @Get()
  list(): { items: string[] } {
    return { items: ['kiln'] };
  }
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

async function appOn(adapter: FastifyAdapter): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(ThingsModule, adapter, {
    logger: false,
    abortOnError: false,
  });
  await app.init();
  await app.getHttpAdapter().getInstance().ready(); // hooks are given to routes when Fastify is ready
  return app;
}

/** The hooks each route runs, as Fastify prints them (its public view of them). */
const hooksOf = (app: NestFastifyApplication) =>
  app.getHttpAdapter().getInstance().printRoutes({ includeHooks: true, commonPrefix: false });

/** How many hooks of a kind the first route listed runs. */
const hookCount = (printed: string, kind: string) =>
  (printed.match(new RegExp(`\\(${kind}\\) \\[([^\\]]*)\\]`))?.[1].match(/"[^"]+"/g) ?? []).length;

describe('LeanFastifyAdapter', () => {
  it('serves Nest routes with none of the stock adapter’s per-request feature hooks', async () => {
    const stock = await appOn(new FastifyAdapter({ skipMiddie: true }));
    const lean = await appOn(new LeanFastifyAdapter({ skipMiddie: true }));
    try {
      // The hooks the lean adapter drops, counted: a Nest upgrade that adds one fails here, to be looked at
      // (LeanFastifyAdapter drops whatever the stock constructor adds, needed or not).
      expect(hookCount(hooksOf(stock), 'onRequest')).toBe(6);
      expect(hookCount(hooksOf(stock), 'onResponse')).toBe(1);
      expect(hooksOf(lean)).not.toMatch(/\(onRequest\)|\(onResponse\)/);
      const answer = await lean.inject({ method: 'GET', url: '/things' });
      expect(answer.statusCode).toBe(200);
      expect(answer.json()).toEqual({ items: ['kiln'] });
      expect((await lean.inject({ method: 'GET', url: '/nothing' })).statusCode).toBe(404);
    } finally {
      await stock.close();
      await lean.close();
    }
  });

  it('gives hooks added after it is built to Fastify as usual', async () => {
    const adapter = new LeanFastifyAdapter({ skipMiddie: true });
    const seen: string[] = [];
    adapter.getInstance().addHook('onRequest', (request, _reply, done) => {
      seen.push(request.url);
      done();
    });
    const app = await appOn(adapter);
    try {
      await app.inject({ method: 'GET', url: '/things' });
      expect(seen).toEqual(['/things']);
      expect(hooksOf(app)).toMatch(/\(onRequest\)/);
    } finally {
      await app.close();
    }
  });

  it('refuses, at boot, every feature whose hook it left out', async () => {
    expect(() => new LeanFastifyAdapter({})).toThrow(/skipMiddie/);
    const app = await appOn(new LeanFastifyAdapter({ skipMiddie: true }));
    const adapter = app.getHttpAdapter() as LeanFastifyAdapter;
    try {
      expect(() => app.enableCors()).toThrow(/enableCors/);
      expect(() => app.useSecurityHeaders()).toThrow(/useSecurityHeaders/);
      expect(() => adapter.setOnRequestHook()).toThrow(/onRequest/);
      expect(() => adapter.setOnResponseHook()).toThrow(/onResponse/);
      expect(() => adapter.initHttpServer({ return503OnClosing: true })).toThrow(/return503OnClosing/);
      expect(() =>
        adapter.applyVersionFilter(() => undefined, '1', {
          type: VersioningType.CUSTOM,
          extractor: () => '1',
        }),
      ).toThrow(/custom versioning/);
    } finally {
      await app.close();
    }
  });
});
