import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { factories } from '../support/factories';
import { CatalogDriver } from '../catalog/support/catalog-kit';
import { dayFromNow, validEvent } from '../events/support/events-kit';
import { expectStatus, validNeed } from './support/needs-kit';

/** One agency officer, start to finish, through the HTTP API only (an admin and a vendor play their parts). */
describe.each(databaseLegs())('an agency officer’s journey (%s)', (leg) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootTestApp(leg, { AUTH_RATE_LIMIT_PER_MINUTE: '1000' });
  });
  afterAll(() => app.close());

  it('registers, posts and opens a need, saves a search, gets the alert, joins a workshop and closes the need', async () => {
    const kit = await factories(app);
    const [admin, vendor] = await Promise.all([kit.newAdmin(), kit.newMember('vendor')]);
    await kit.dataSource.query(`UPDATE organization SET verified = true WHERE id = $1`, [
      vendor.organizationId,
    ]);
    const call = async (
      method: 'GET' | 'POST' | 'PATCH',
      url: string,
      token?: string,
      body?: unknown,
      status = 200,
    ) => expectStatus(await app.request({ method, url, token, body }), status).body;

    const session = await call(
      'POST',
      '/api/v1/auth/register',
      undefined,
      {
        email: 'sita@kathmandu-air.example.org',
        password: 'a-long-passphrase-1',
        displayName: 'Sita Shrestha',
        organization: {
          kind: 'agency',
          name: 'Kathmandu Valley Clean Air Office',
          country: 'NP',
          city: 'Kathmandu',
        },
      },
      201,
    );
    const agency: string = session.accessToken;
    const organizationId: string = session.user.organizationId;
    await call('POST', `/api/v1/organizations/${organizationId}/verify`, admin.token, { verified: true });

    const draft = await call(
      'POST',
      '/api/v1/needs',
      agency,
      validNeed({ title: 'Zig-zag conversion of 120 brick kilns' }),
      201,
    );
    const edited = await call('PATCH', `/api/v1/needs/${draft.id}`, agency, {
      version: draft.version,
      minTrl: 8,
    });
    const opened = await call('POST', `/api/v1/needs/${draft.id}/open`, agency, { version: edited.version });
    expect(opened).toMatchObject({ status: 'open', minTrl: 8 });
    await app.settle();
    const found = await call('GET', '/api/v1/needs/search?q=zig-zag%20kilns&country=NP', vendor.token);
    expect(found.items.map((hit: { id: string }) => hit.id)).toEqual([draft.id]);

    await call(
      'POST',
      '/api/v1/saved-searches',
      agency,
      { name: 'Kiln fixes for Nepal', query: { q: 'brick kiln', countries: ['NP'] } },
      201,
    );
    const listing = await new CatalogDriver(app, kit).published(vendor, admin, {
      title: 'Zig-zag brick kiln retrofit package',
      category: 'kiln-conversion.zig-zag',
      sectors: ['industry.brick-kilns'],
      trl: 9,
    });
    await app.settle();
    const inbox = await call('GET', '/api/v1/notifications', agency);
    // Newest first: the alert, then the notice that the admins verified the agency.
    expect(inbox).toMatchObject({
      unreadCount: 2,
      items: [
        { kind: 'saved-search.hit', payload: { technologyId: listing.id } },
        { kind: 'organization.verification', payload: { decision: 'verified' } },
      ],
    });
    await call('POST', `/api/v1/notifications/${inbox.items[0].id}/read`, agency);

    const workshop = await call(
      'POST',
      '/api/v1/events',
      admin.token,
      validEvent({ startsAt: `${dayFromNow(7)}T09:00:00+05:45`, endsAt: `${dayFromNow(7)}T17:00:00+05:45` }),
      201,
    );
    const calendar = await call('GET', '/api/v1/events?country=NP&topic=industry.brick-kilns', agency);
    expect(calendar.items.map((event: { id: string }) => event.id)).toContain(workshop.id);
    await call('POST', `/api/v1/events/${workshop.id}/attendance`, agency, undefined, 201);
    expect((await app.request({ method: 'GET', url: '/api/v1/events.ics' })).text).toContain(
      `UID:${workshop.id}@3ipet.org`,
    );

    const closed = await call('POST', `/api/v1/needs/${draft.id}/close`, agency, {
      reason: 'solved',
      note: 'Retrofit programme awarded.',
    });
    expect(closed).toMatchObject({ status: 'closed', closeReason: 'solved' });
    await app.settle();
    expect((await call('GET', '/api/v1/needs/search?q=zig-zag', vendor.token)).total).toBe(0);
    expect(
      (await call('GET', '/api/v1/needs?status=closed', agency)).items.map((n: { id: string }) => n.id),
    ).toEqual([draft.id]);
  });
});
