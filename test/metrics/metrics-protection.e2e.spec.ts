import { type Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { loadConfig } from '@3ipet/config';
import { ReadinessService } from '@3ipet/health';
import { Metrics, metricsAccessRule } from '@3ipet/metrics';
import { startHealthServer } from '../../apps/worker/src/health-server';
import { type TestApp, bootTestApp } from '../support/app';

const TOKEN = 'metrics-token-for-tests-0123';

describe('/metrics protection', () => {
  describe('api with METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootTestApp('pglite', { METRICS_TOKEN: TOKEN });
    });
    afterAll(() => t?.close());

    it('answers 401 problem+json without the token or with a wrong one, and the metrics with it', async () => {
      const attempts: Record<string, string>[] = [
        {},
        { authorization: `Bearer ${TOKEN}-wrong` },
        { authorization: TOKEN },
      ];
      for (const headers of attempts) {
        const refused = await t.request({ method: 'GET', url: '/metrics', headers });
        expect(refused.status).toBe(401);
        expect(refused.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(refused.headers['www-authenticate']).toBe('Bearer');
        expect(refused.text).not.toContain('ipet_');
      }
      const allowed = await t.request({ method: 'GET', url: '/metrics', token: TOKEN });
      expect(allowed.status).toBe(200);
      expect(allowed.text).toContain('# TYPE ipet_http_request_duration_seconds histogram');
    });
  });

  describe('api in production without METRICS_TOKEN', () => {
    let t: TestApp;
    beforeAll(async () => {
      t = await bootTestApp('pglite', { NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40) });
    });
    afterAll(() => t?.close());

    it('does not serve /metrics at all', async () => {
      const response = await t.request({ method: 'GET', url: '/metrics' });
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.text).not.toContain('ipet_');
    });
  });

  describe("worker's health server", () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      const config = loadConfig({ NODE_ENV: 'production', JWT_SECRET: 'p'.repeat(40), METRICS_TOKEN: TOKEN });
      // /metrics never consults readiness; the probes are covered by the worker process tests.
      const readiness = {} as ReadinessService;
      server = await startHealthServer(readiness, {
        port: 0,
        host: '127.0.0.1',
        metrics: new Metrics(),
        metricsAccess: metricsAccessRule(config),
      });
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(async () => {
      const closed = new Promise((resolve) => server.close(resolve));
      server.closeAllConnections(); // fetch keeps its connection alive
      await closed;
    });

    it('serves /metrics only with the token', async () => {
      const refused = await fetch(`${base}/metrics`);
      expect(refused.status).toBe(401);
      const allowed = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      expect(allowed.status).toBe(200);
      expect(allowed.headers.get('content-type')).toMatch(/^text\/plain/);
      expect(await allowed.text()).toContain('process_cpu_seconds_total');
    });
  });
});
