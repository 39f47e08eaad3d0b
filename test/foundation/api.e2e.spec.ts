import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';

describe.each(databaseLegs())('api foundation (%s)', (leg) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootTestApp(leg, { BODY_LIMIT_BYTES: '2048' });
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
    expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('allows cross-origin calls from a browser', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/health/live',
      headers: { origin: 'https://app.example.org' },
    });
    expect(response.headers['access-control-allow-origin']).toBe('https://app.example.org');
  });
});
