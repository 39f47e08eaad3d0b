import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestMember, factories } from '../support/factories';
import { NeedsDriver, expectStatus } from './support/needs-kit';

describe.each(databaseLegs())("vendors' saved searches of open needs (%s)", (leg) => {
  let app: TestApp;
  let kit: Factories;
  let needs: NeedsDriver;
  let vendor: TestMember;
  let agency: TestMember;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    needs = new NeedsDriver(app, kit);
    [vendor, agency] = await Promise.all([needs.verifiedMember('vendor'), needs.verifiedMember('agency')]);
  });
  afterAll(() => app.close());

  const save = (member: TestMember, body: unknown) =>
    app.request({ method: 'POST', url: '/api/v1/saved-need-searches', token: member.token, body });
  const hitsOf = async (member: TestMember) => {
    await app.settle();
    const inbox = await app.request({ method: 'GET', url: '/api/v1/notifications', token: member.token });
    return (inbox.body.items as { kind: string; payload: Record<string, unknown> }[]).filter(
      (item) => item.kind === 'saved-need-search.hit',
    );
  };

  it('saves, lists and deletes a search; a need opened later that matches it notifies the vendor once', async () => {
    const saved = expectStatus(
      await save(vendor, { name: 'Kiln dust in Nepal', query: { q: 'brick kiln', country: ['NP'] } }),
      201,
    );
    expect(saved.body).toMatchObject({
      name: 'Kiln dust in Nepal',
      query: { q: 'brick kiln', country: ['NP'] },
    });
    const listed = await app.request({
      method: 'GET',
      url: '/api/v1/saved-need-searches',
      token: vendor.token,
    });
    expect(listed.body.items.map((item: { id: string }) => item.id)).toEqual([saved.body.id]);

    const matching = await needs.opened(agency);
    await needs.opened(agency, {
      title: 'Roadside remote sensing of vehicle emissions',
      description: 'Find the worst-emitting buses without stopping traffic.',
      pollutants: ['nox'],
      sectors: ['transport.vehicles'],
      country: 'LK',
      city: 'Colombo',
    });
    const hits = await hitsOf(vendor);
    expect(hits.map((hit) => hit.payload)).toEqual([
      {
        savedSearchId: saved.body.id,
        savedSearchName: 'Kiln dust in Nepal',
        needId: matching.id,
        needTitle: expect.any(String),
      },
    ]);

    expectStatus(
      await app.request({
        method: 'DELETE',
        url: `/api/v1/saved-need-searches/${saved.body.id}`,
        token: vendor.token,
      }),
      204,
    );
    await needs.opened(agency);
    expect(await hitsOf(vendor)).toHaveLength(1);
  });

  it('answers 400 naming the field, 403 for agencies and unverified vendors, 404 for others’ searches', async () => {
    const invalid = await save(vendor, { name: '', query: { country: ['XX'] } });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors.map((error: { field: string }) => error.field)).toEqual(
      expect.arrayContaining(['name', 'query.country']),
    );
    expect((await save(agency, { name: 'Needs', query: {} })).status).toBe(403);
    const unverified = await kit.newMember('vendor');
    expect((await save(unverified, { name: 'Needs', query: {} })).status).toBe(403);

    const other = await needs.verifiedMember('vendor');
    const theirs = expectStatus(await save(other, { name: 'Theirs', query: {} }), 201);
    const foreign = await app.request({
      method: 'DELETE',
      url: `/api/v1/saved-need-searches/${theirs.body.id}`,
      token: vendor.token,
    });
    expect(foreign.status).toBe(404);
  });
});
