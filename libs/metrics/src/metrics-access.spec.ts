import { loadConfig } from '@3ipet/config';
import { metricsAccessRule } from './metrics-access';

const PRODUCTION = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
const TOKEN = 'scrape-token-0123456789';

describe('metricsAccessRule', () => {
  it('serves anyone outside production when no token is configured', () => {
    const access = metricsAccessRule(loadConfig({ NODE_ENV: 'development' }));
    expect(access(undefined)).toBe('allowed');
  });

  it('does not serve /metrics in production without METRICS_TOKEN', () => {
    const access = metricsAccessRule(loadConfig(PRODUCTION));
    expect(access(undefined)).toBe('not-served');
    expect(access('Bearer anything')).toBe('not-served');
  });

  it('requires the bearer token whenever one is configured', () => {
    for (const env of [{ ...PRODUCTION, METRICS_TOKEN: TOKEN }, { METRICS_TOKEN: TOKEN }]) {
      const access = metricsAccessRule(loadConfig(env));
      expect(access(`Bearer ${TOKEN}`)).toBe('allowed');
      expect(access(undefined)).toBe('unauthorized');
      expect(access(`Bearer ${TOKEN}x`)).toBe('unauthorized');
      expect(access(TOKEN)).toBe('unauthorized');
    }
  });

  it('refuses a token shorter than 16 characters at boot', () => {
    expect(() => loadConfig({ METRICS_TOKEN: 'short' })).toThrow(
      /METRICS_TOKEN must be at least 16 characters/,
    );
  });
});
