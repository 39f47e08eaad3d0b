import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';

describe.each(databaseLegs())('api foundation (%s)', (leg) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp(leg, { BODY_LIMIT_BYTES: '2048', CORS_ORIGINS: 'https://app.example.org' });
  });
  afterAll(() => t.close());

  const expectProblem = (
    response: { headers: Record<string, unknown>; body: Record<string, unknown> },
    status: number,
  ) => {
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(response.body).toMatchObject({
      status,
      title: expect.any(String),
      type: expect.stringMatching(/^https:\/\//),
    });
  };

  it('answers liveness', async () => {
    const response = await t.request({ method: 'GET', url: '/health/live' });
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ status: 'ok' });
  });

  it('answers readiness with each configured dependency', async () => {
    const response = await t.request({ method: 'GET', url: '/health/ready' });
    expect(response.status).toBe(200);
    expect(response.body.status).toBe('ok');
    expect(Object.keys(response.body.details).sort()).toEqual(['database', 'queue', 'search']);
    expect(response.body.details.database.driver).toBe(leg);
  });

  it('serves the OpenAPI document with business routes under /api/v1', async () => {
    const response = await t.request({ method: 'GET', url: '/api/openapi.json' });
    expect(response.status).toBe(200);
    expect(response.body.openapi).toMatch(/^3\./);
    const paths = Object.keys(response.body.paths);
    expect(paths).toContain('/health/ready');
    const business = paths.filter((path) => !path.startsWith('/health'));
    expect(business.length).toBeGreaterThan(0);
    for (const path of business) expect(path).toMatch(/^\/api\/v1\//);
  });

  it('serves Swagger UI', async () => {
    const response = await t.request({ method: 'GET', url: '/api/docs' });
    expect(response.status).toBe(200);
    expect(response.text).toMatch(/swagger/i);
  });

  it('answers an unknown route with 404 problem+json', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/no-such-thing' });
    expect(response.status).toBe(404);
    expectProblem(response, 404);
  });

  it('answers a wrong method on a known path with 405 and Allow', async () => {
    const response = await t.request({ method: 'DELETE', url: '/health/live' });
    expect(response.status).toBe(405);
    expect(response.headers.allow).toMatch(/GET/);
    expectProblem(response, 405);
  });

  it('answers malformed JSON with 400 problem+json, never 500', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      rawBody: '{"email": "a@b.c",',
    });
    expect(response.status).toBe(400);
    expectProblem(response, 400);
    expect(response.body.detail).toMatch(/JSON/);
  });

  it('gives one error per field: a word for a number is not an integer, not also too small and too large', async () => {
    const response = await t.request({ method: 'GET', url: '/api/v1/organizations?limit=abc&page=-1' });
    expect(response.status).toBe(400);
    expectProblem(response, 400);
    const failures = response.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`);
    expect(failures.sort()).toEqual(['limit:isInt', 'page:min']);
  });

  it('answers a body over the limit with 413 problem+json', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      rawBody: JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(4096) }),
    });
    expect(response.status).toBe(413);
    expectProblem(response, 413);
  });

  it('answers an unsupported content type with 415 problem+json', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      rawBody: '<email>a</email>',
      headers: { 'content-type': 'application/xml' },
    });
    expect(response.status).toBe(415);
    expectProblem(response, 415);
  });

  it('lists each invalid field with its rule', async () => {
    const response = await t.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { email: 'nope', extra: 1 },
    });
    expect(response.status).toBe(400);
    expectProblem(response, 400);
    const fields = response.body.errors.map(
      (error: { field: string; rule: string }) => `${error.field}:${error.rule}`,
    );
    expect(fields).toEqual(expect.arrayContaining(['email:isEmail', 'extra:whitelistValidation']));
  });

  it('echoes a sane request id and makes one otherwise', async () => {
    const given = await t.request({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'abc-123' },
    });
    expect(given.headers['x-request-id']).toBe('abc-123');
    const made = await t.request({
      method: 'GET',
      url: '/health/live',
      headers: { 'x-request-id': 'bad id\n' },
    });
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f]{24}$/);
    const next = await t.request({ method: 'GET', url: '/health/live' });
    expect(next.headers['x-request-id']).not.toBe(made.headers['x-request-id']);
  });

  it('allows cross-origin calls, with credentials, from a listed origin only', async () => {
    const listed = await t.request({
      method: 'GET',
      url: '/health/live',
      headers: { origin: 'https://app.example.org' },
    });
    expect(listed.headers['access-control-allow-origin']).toBe('https://app.example.org');
    expect(listed.headers['access-control-allow-credentials']).toBe('true');
    expect(listed.headers['access-control-expose-headers']).toBe('x-request-id, etag, location');
    // Answers depend on the Origin header once origins are listed: shared caches must key on it.
    expect((await t.request({ method: 'GET', url: '/health/live' })).headers.vary).toBe('Origin');
    const preflight = await t.request({
      method: 'OPTIONS' as 'GET',
      url: '/api/v1/auth/login',
      headers: { origin: 'https://app.example.org', 'access-control-request-method': 'POST' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe('https://app.example.org');
    // The web UI edits with PATCH and deletes with DELETE: a listed origin may send them too.
    const editPreflight = await t.request({
      method: 'OPTIONS' as 'GET',
      url: '/api/v1/technologies/00000000-0000-4000-8000-000000000000',
      headers: {
        origin: 'https://app.example.org',
        'access-control-request-method': 'PATCH',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(editPreflight.status).toBe(204);
    expect(String(editPreflight.headers['access-control-allow-methods']).split(', ')).toEqual(
      expect.arrayContaining(['PATCH', 'DELETE']),
    );
    expect(editPreflight.headers['access-control-allow-headers']).toBe('authorization, content-type');
    for (const origin of ['https://evil.example', 'null', 'https://app.example.org.evil.example']) {
      for (const method of ['GET', 'OPTIONS'] as const) {
        const response = await t.request({
          method: method as 'GET',
          url: '/api/v1/auth/login',
          headers: { origin, 'access-control-request-method': 'POST' },
        });
        expect([origin, method, response.headers['access-control-allow-origin']]).toEqual([
          origin,
          method,
          undefined,
        ]);
        expect(response.headers['access-control-allow-credentials']).toBeUndefined();
      }
    }
  });

  it('sends the security headers on api answers, problems and the docs', async () => {
    for (const url of ['/health/live', '/api/v1/no-such-route', '/api/openapi.json']) {
      const response = await t.request({ method: 'GET', url });
      // Not a page: a policy that loads nothing and lets no one frame it; the page-only headers are left out.
      expect(response.headers).toMatchObject({
        'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
        'x-content-type-options': 'nosniff',
        'cross-origin-resource-policy': 'same-origin',
      });
      expect(response.headers['x-frame-options']).toBeUndefined();
      expect(response.headers['referrer-policy']).toBeUndefined();
      // HSTS only in production: a development server on http must not pin browsers to https.
      expect(response.headers['strict-transport-security']).toBeUndefined();
    }
    const docs = await t.request({ method: 'GET', url: '/api/docs' });
    expect(docs.status).toBe(200);
    expect(docs.headers['content-security-policy']).toContain("style-src 'self' 'unsafe-inline'");
    expect(docs.headers['content-security-policy']).toContain("script-src 'self';");
    // A page the browser renders also gets the headers that only act on pages.
    expect(docs.headers).toMatchObject({
      'x-frame-options': 'DENY',
      'referrer-policy': 'no-referrer',
      'x-content-type-options': 'nosniff',
      'cross-origin-resource-policy': 'same-origin',
      'cross-origin-opener-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
    });
    const init = await t.request({ method: 'GET', url: '/api/docs/swagger-ui-init.js' });
    expect(init.status).toBe(200);
    // A script keeps its page's policy (a worker started from it would be governed by its own).
    expect(init.headers['content-security-policy']).toContain("script-src 'self';");
  });
});

describe('security headers in production', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp('pglite', {
      NODE_ENV: 'production',
      JWT_SECRET: 'production-secret-production-secret-0',
    });
  });
  afterAll(() => t?.close());

  it('adds HSTS and still allows no foreign origin by default', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/health/live',
      headers: { origin: 'https://evil.example' },
    });
    expect(response.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
    expect(response.headers['access-control-allow-origin']).toBeUndefined();
    // No origin listed: no answer depends on the Origin header.
    expect(response.headers.vary).toBeUndefined();
  });
});
