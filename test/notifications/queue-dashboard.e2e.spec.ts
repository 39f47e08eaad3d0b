import { type TestApp, bootTestApp } from '../support/app';
import { testEnv } from '../support/env';
import { type Factories, factories } from '../support/factories';
import { deleteRedisKeys, uniqueRedisPrefix } from '../support/redis';

const redisLegs = testEnv.redisUrl ? [testEnv.redisUrl] : [];

for (const redisUrl of redisLegs)
  describe(`queue dashboard at /admin/queues (BullMQ on ${redisUrl})`, () => {
    const prefix = uniqueRedisPrefix();
    let app: TestApp;
    let kit: Factories;

    beforeAll(async () => {
      app = await bootTestApp('pglite', { REDIS_URL: redisUrl, REDIS_PREFIX: prefix });
      kit = await factories(app);
    });
    afterAll(async () => {
      await app?.close();
      await deleteRedisKeys(redisUrl, prefix);
    });

    const get = (url: string, headers: Record<string, string> = {}) =>
      app.request({ method: 'GET', url, headers });

    it('turns away anonymous callers, bad tokens and non-admins with problem+json', async () => {
      const vendor = await kit.newMember('vendor');
      const anonymous = await get('/admin/queues');
      expect([anonymous.status, anonymous.headers['content-type']]).toEqual([
        401,
        expect.stringContaining('problem+json'),
      ]);
      expect(anonymous.body.detail).toContain('/admin/queues?token=');
      expect((await get('/admin/queues', { authorization: 'Bearer not-a-token' })).status).toBe(401);
      expect(
        (await get('/admin/queues/api/queues', { authorization: `Bearer ${vendor.token}` })).status,
      ).toBe(403);
      expect((await get('/admin/queues', { cookie: `3ipet_queue_dashboard=${vendor.token}` })).status).toBe(
        403,
      );
    });

    it('serves an admin with a bearer token, or a browser that brought ?token= once', async () => {
      const admin = await kit.newAdmin();
      const page = await get('/admin/queues', { authorization: `Bearer ${admin.token}` });
      expect([page.status, page.headers['content-type']]).toEqual([
        200,
        expect.stringContaining('text/html'),
      ]);

      const signIn = await get(`/admin/queues?token=${admin.token}`);
      expect([signIn.status, signIn.headers.location]).toEqual([303, '/admin/queues']);
      const cookie = String(signIn.headers['set-cookie']);
      expect(cookie).toMatch(
        /^3ipet_queue_dashboard=[^;]+; Path=\/admin\/queues; HttpOnly; SameSite=Strict; Max-Age=\d+$/,
      );

      const queues = await get('/admin/queues/api/queues', { cookie: cookie.split(';')[0] });
      expect(queues.status).toBe(200);
      const names = (queues.body.queues as { name: string }[]).map((queue) => queue.name);
      expect(names).toEqual(expect.arrayContaining(['match-notifications', 'notifications']));
    });
  });

describe('queue dashboard with the in-process queue', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootTestApp('pglite');
  });
  afterAll(() => app?.close());

  it('is not served: there is no Redis queue to show', async () => {
    const admin = await (await factories(app)).newAdmin();
    const response = await app.request({ method: 'GET', url: '/admin/queues', token: admin.token });
    expect(response.status).toBe(404);
  });
});

describe('queue dashboard without Redis', () => {
  it('is not mounted: the in-process queue has nothing to show', async () => {
    const app = await bootTestApp('pglite');
    try {
      const response = await app.request({ method: 'GET', url: '/admin/queues' });
      expect(response.status).toBe(404);
      expect(response.headers['content-type']).toContain('problem+json');
    } finally {
      await app.close();
    }
  });
});
