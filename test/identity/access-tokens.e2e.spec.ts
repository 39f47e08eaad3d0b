import { JwtService } from '@nestjs/jwt';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, factories } from '../support/factories';

const JWT_SECRET = 'access-token-test-secret-0123456789-abcdef';
const me = (app: TestApp, token: string) => app.request({ method: 'GET', url: '/api/v1/me', token });
const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe.each(databaseLegs())('access tokens (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;

  beforeAll(async () => {
    app = await bootTestApp(leg, { JWT_SECRET });
    kit = await factories(app);
  });
  afterAll(() => app.close());

  it('rejects expired, forged and malformed access tokens with 401 problem+json', async () => {
    const member = await kit.newMember('vendor');
    const jwt = new JwtService({ secret: JWT_SECRET });
    const claims = { sub: member.userId, typ: 'access' };
    const options = { issuer: '3ipet', audience: '3ipet-api' };
    const expired = jwt.sign({ ...claims, exp: Math.floor(Date.now() / 1000) - 5 }, options);
    const forged = new JwtService({ secret: 'another-secret-another-secret-xx' }).sign(claims, options);
    const unsigned = `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url({ ...claims, ...options })}.`;

    const expiredAnswer = await me(app, expired);
    expect(expiredAnswer.status).toBe(401);
    expect(expiredAnswer.body.type).toMatch(/token-expired$/);
    expect(expiredAnswer.headers['content-type']).toMatch(/application\/problem\+json/);
    for (const token of [forged, unsigned, 'garbage']) {
      const answer = await me(app, token);
      expect(answer.status).toBe(401);
      expect(answer.body.type).toMatch(/invalid-token$/);
    }
    const basic = await app.request({
      method: 'GET',
      url: '/api/v1/me',
      headers: { authorization: 'Basic abc' },
    });
    expect(basic.status).toBe(401);
    // A bad token is an error even on a public route: the client should refresh, not silently become anonymous.
    const onPublicRoute = await app.request({ method: 'GET', url: '/api/v1/organizations', token: expired });
    expect(onPublicRoute.status).toBe(401);
    // ...except on the sign-in routes, which a client calls precisely because its token expired.
    const refreshToken = await kit.refreshTokenFor(member.userId);
    const renewed = await app.request({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      token: expired,
      body: { refreshToken },
    });
    expect(renewed.status).toBe(200);
  });

  it('treats an empty Bearer header as no credentials: anonymous on a public route, 401 elsewhere', async () => {
    for (const authorization of ['Bearer ', 'Bearer', 'bearer   ', '']) {
      const headers = { authorization };
      const publicRoute = await app.request({ method: 'GET', url: '/api/v1/organizations', headers });
      expect({ authorization, status: publicRoute.status }).toEqual({ authorization, status: 200 });
      const protectedRoute = await app.request({ method: 'GET', url: '/api/v1/me', headers });
      expect({ authorization, status: protectedRoute.status }).toEqual({ authorization, status: 401 });
      expect(protectedRoute.headers['content-type']).toMatch(/application\/problem\+json/);
    }
  });
});
