import { TestApp } from '../support/app';
import { bootTestApp } from '../support/app';

// The limit lives in the throttler storage, not the database, so one database leg is enough here;
// the shared Redis storage has its own contract test (redis-throttler-storage.spec.ts).
describe('sign-in and sign-up rate limit per IP and email (pglite)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootTestApp('pglite', { AUTH_RATE_LIMIT_PER_MINUTE: '3' });
  });
  afterAll(() => app.close());

  const login = (email: string) =>
    app.request({ method: 'POST', url: '/api/v1/auth/login', body: { email, password: 'wrong-password' } });

  it('answers 429 problem+json with Retry-After once an email is tried too often from one IP', async () => {
    for (let i = 0; i < 3; i++) expect((await login('target@example.org')).status).toBe(401);
    const limited = await login('Target@Example.org');
    expect(limited.status).toBe(429);
    expect(limited.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(limited.body).toMatchObject({ status: 429, title: 'Too many requests' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect((await login('someone-else@example.org')).status).toBe(401);
  });

  it('limits registration the same way, and leaves other routes alone', async () => {
    const register = () =>
      app.request({ method: 'POST', url: '/api/v1/auth/register', body: { email: 'spam@example.org' } });
    for (let i = 0; i < 3; i++) expect((await register()).status).toBe(400);
    expect((await register()).status).toBe(429);
    for (let i = 0; i < 5; i++) {
      expect((await app.request({ method: 'GET', url: '/api/v1/organizations' })).status).toBe(200);
    }
  });
});
