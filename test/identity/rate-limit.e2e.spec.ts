import { TestApp, TestResponse, bootTestApp } from '../support/app';
import { Factories, factories } from '../support/factories';

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

describe('limits per e-mail across clients and per client across e-mails (pglite)', () => {
  let app: TestApp;
  let kit: Factories;

  beforeAll(async () => {
    app = await bootTestApp('pglite', {
      AUTH_RATE_LIMIT_PER_MINUTE: '3',
      AUTH_RATE_LIMIT_PER_EMAIL_PER_MINUTE: '5',
      AUTH_RATE_LIMIT_PER_IP_PER_MINUTE: '8',
      TRUST_PROXY_HOPS: '1',
    });
    kit = await factories(app);
  });
  afterAll(() => app.close());

  const from = (ip: string) => ({ 'x-forwarded-for': ip });
  const login = (email: string, ip: string) =>
    app.request({
      method: 'POST',
      url: '/api/v1/auth/login',
      body: { email, password: 'wrong-password' },
      headers: from(ip),
    });
  const expectLimited = (response: TestResponse) => {
    expect(response.status).toBe(429);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(60);
  };

  it('stops one account being tried from many addresses', async () => {
    for (let i = 1; i <= 5; i++)
      expect((await login('victim@example.org', `198.51.100.${i}`)).status).toBe(401);
    expectLimited(await login('Victim@Example.org', '198.51.100.6'));
    expect((await login('bystander@example.org', '198.51.100.6')).status).toBe(401);
  });

  it('stops one address trying many accounts', async () => {
    for (let i = 1; i <= 8; i++)
      expect((await login(`probe-${i}@example.org`, '203.0.113.1')).status).toBe(401);
    expectLimited(await login('probe-9@example.org', '203.0.113.1'));
    expect((await login('probe-9@example.org', '203.0.113.2')).status).toBe(401);
  });

  it('stops one address probing which e-mails have accounts, by sign-up', async () => {
    const taken = await kit.newMember('vendor');
    const register = (email: string) =>
      app.request({
        method: 'POST',
        url: '/api/v1/auth/register',
        body: { email },
        headers: from('203.0.113.3'),
      });
    for (let i = 1; i <= 7; i++) expect((await register(`new-${i}@example.org`)).status).toBe(400);
    expect((await register(taken.email)).status).toBe(400);
    expectLimited(await register('new-9@example.org'));
  });

  it('limits accepting invitations and inviting the same way', async () => {
    const accept = () =>
      app.request({
        method: 'POST',
        url: '/api/v1/auth/accept-invitation',
        body: {
          token: 'not-a-real-invitation-token',
          password: 'long-enough-password',
          displayName: 'Guesser',
        },
        headers: from('203.0.113.4'),
      });
    for (let i = 1; i <= 3; i++) expect((await accept()).status).not.toBe(429);
    expectLimited(await accept());

    const member = await kit.newMember('agency');
    const invite = (email: string) =>
      app.request({
        method: 'POST',
        url: `/api/v1/organizations/${member.organizationId}/invitations`,
        token: member.token,
        body: { email },
        headers: from('203.0.113.5'),
      });
    for (let i = 1; i <= 8; i++) expect((await invite(`colleague-${i}@example.org`)).status).toBe(201);
    expectLimited(await invite('colleague-9@example.org'));
  });
});
