import { TestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, factories } from '../support/factories';
import { bootTestApp } from '../support/app';

describe.each(databaseLegs())('organisation profiles (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
  });
  afterAll(() => app.close());

  const get = (id: string, token?: string) =>
    app.request({ method: 'GET', url: `/api/v1/organizations/${id}`, token });
  const patch = (id: string, body: unknown, token?: string) =>
    app.request({ method: 'PATCH', url: `/api/v1/organizations/${id}`, body, token });
  const rowOf = async (id: string) =>
    (await app.dataSource.query(`SELECT * FROM organization WHERE id = $1`, [id]))[0] as Record<
      string,
      unknown
    >;

  it('lists profiles with filters and pagination, without private fields for anonymous callers', async () => {
    const indian = await kit.newOrganization('agency', { country: 'IN', verified: true });
    await kit.newOrganization('agency', { country: 'IN' });
    const page = await app.request({
      method: 'GET',
      url: '/api/v1/organizations?kind=agency&country=in&verified=true',
    });
    expect(page.status).toBe(200);
    expect(page.body.items.map((org: { id: string }) => org.id)).toEqual([indian.id]);
    expect(page.body).toMatchObject({ total: 1, page: 1, limit: 20 });
    expect(page.body.items[0].contactPerson).toBeUndefined();
    expect(page.body.items[0].verifiedBy).toBeUndefined();

    const tooLarge = await app.request({ method: 'GET', url: '/api/v1/organizations?limit=101&kind=ngo' });
    expect(tooLarge.status).toBe(400);
    expect(tooLarge.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'limit', rule: 'max' }),
        expect.objectContaining({ field: 'kind', rule: 'isIn' }),
      ]),
    );
  });

  it('shows the contact person only to own members and admins', async () => {
    const vendor = await kit.newMember('vendor');
    const stranger = await kit.newMember('vendor');
    const admin = await kit.newAdmin();
    const expected = { name: 'Contact Person', email: expect.stringContaining('@'), phone: '+977 1 4212345' };
    expect((await get(vendor.organizationId)).body.contactPerson).toBeUndefined();
    expect((await get(vendor.organizationId, stranger.token)).body.contactPerson).toBeUndefined();
    expect((await get(vendor.organizationId, vendor.token)).body.contactPerson).toEqual(expected);
    expect((await get(vendor.organizationId, admin.token)).body).toMatchObject({
      contactPerson: expected,
      verifiedBy: null,
    });
  });

  it('answers 404 for an unknown id and 400 naming the parameter for a malformed one', async () => {
    expect((await get('7b0c3f3e-8a8e-4d47-9c39-2d7f9f3a1b11')).status).toBe(404);
    const malformed = await get('not-a-uuid');
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual([expect.objectContaining({ field: 'id', rule: 'isUuid' })]);
  });

  it('lets members edit their own profile: only the fields sent, null clears', async () => {
    const agency = await kit.newMember('agency');
    await patch(agency.organizationId, { website: 'https://agency.example.org' }, agency.token);
    const response = await patch(
      agency.organizationId,
      {
        name: 'Colombo Municipal Council',
        country: 'lk',
        languages: ['si', 'ta', 'en'],
        pollutants: ['pm2.5'],
        website: null,
        contactPerson: { name: 'Nimal Perera', email: 'nimal@example.lk', phone: '+94 11 2345678' },
      },
      agency.token,
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      name: 'Colombo Municipal Council',
      country: 'LK',
      kind: 'agency',
      city: 'Kathmandu',
      website: null,
      languages: ['si', 'ta', 'en'],
      contactPerson: { name: 'Nimal Perera', email: 'nimal@example.lk', phone: '+94 11 2345678' },
    });
  });

  it('rejects kind, verification and unknown fields by name, and changes nothing', async () => {
    const vendor = await kit.newMember('vendor');
    const before = await rowOf(vendor.organizationId);
    const response = await patch(
      vendor.organizationId,
      { kind: 'agency', verified: true, country: 'XX', languages: ['not a tag'], name: '  ' },
      vendor.token,
    );
    expect(response.status).toBe(400);
    const failures = response.body.errors.map((e: { field: string; rule: string }) => `${e.field}:${e.rule}`);
    expect(failures).toEqual(
      expect.arrayContaining([
        'kind:whitelistValidation',
        'verified:whitelistValidation',
        'country:isISO31661Alpha2',
        'languages:isBcp47',
        'name:notBlank',
      ]),
    );
    expect(await rowOf(vendor.organizationId)).toEqual(before);
  });

  it('hides other organisations behind 404 and leaves them unchanged', async () => {
    const vendor = await kit.newMember('vendor');
    const other = await kit.newMember('vendor');
    const before = await rowOf(other.organizationId);
    const response = await patch(other.organizationId, { name: 'Taken over' }, vendor.token);
    expect(response.status).toBe(404);
    expect(await rowOf(other.organizationId)).toEqual(before);
  });

  it('records an admin edit of a profile in the audit log', async () => {
    const admin = await kit.newAdmin();
    const vendor = await kit.newMember('vendor');
    expect((await patch(vendor.organizationId, { city: 'Suzhou' }, admin.token)).status).toBe(200);
    const audit = await app.request({
      method: 'GET',
      url: `/api/v1/admin/audit?targetType=organization&targetId=${vendor.organizationId}`,
      token: admin.token,
    });
    expect(audit.body.items).toEqual([
      expect.objectContaining({
        actorId: admin.userId,
        action: 'organization.profile-updated',
        before: { city: 'Hangzhou' },
        after: { city: 'Suzhou' },
      }),
    ]);
  });

  it('lets admins verify and unverify, with who and when, audited once per change', async () => {
    const admin = await kit.newAdmin();
    const agency = await kit.newMember('agency');
    const verify = (verified: unknown, reason?: string) =>
      app.request({
        method: 'POST',
        url: `/api/v1/organizations/${agency.organizationId}/verify`,
        token: admin.token,
        body: { verified, reason },
      });
    const verified = await verify(true);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      verified: true,
      verifiedBy: admin.userId,
      verifiedAt: expect.any(String),
    });
    expect((await verify(true)).status).toBe(200);
    expect((await verify(false)).status).toBe(400);
    expect((await verify(false, 'The registration lapsed.')).body).toMatchObject({
      verified: false,
      verifiedAt: null,
      verifiedBy: null,
    });
    expect((await verify('yes')).status).toBe(400);

    const audit = await app.request({
      method: 'GET',
      url: `/api/v1/admin/audit?targetId=${agency.organizationId}`,
      token: admin.token,
    });
    expect(audit.body.items.map((entry: { action: string }) => entry.action)).toEqual([
      'organization.unverified',
      'organization.verified',
    ]);
    const forbidden = await app.request({
      method: 'POST',
      url: `/api/v1/organizations/${agency.organizationId}/verify`,
      token: agency.token,
      body: { verified: true },
    });
    expect(forbidden.status).toBe(403);
  });
});
