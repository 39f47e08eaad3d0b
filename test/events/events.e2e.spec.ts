import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { Factories, TestAdmin, TestMember, factories } from '../support/factories';
import { EventsDriver, dayFromNow, expectStatus, validEvent } from './support/events-kit';

describe.each(databaseLegs())('events (%s)', (leg) => {
  let app: TestApp;
  let kit: Factories;
  let events: EventsDriver;
  let admin: TestAdmin;
  let vendor: TestMember;
  let agency: TestMember;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    kit = await factories(app);
    events = new EventsDriver(app);
    [admin, vendor, agency] = await Promise.all([
      kit.newAdmin(),
      kit.newMember('vendor'),
      kit.newMember('agency'),
    ]);
  });
  afterAll(() => app.close());

  const titles = async (query: string) =>
    expectStatus(await events.list(query), 200).body.items.map((event: { title: string }) => event.title);

  it('lets only admins create events, and keeps the time zone and wall-clock times', async () => {
    const created = await events.create(admin);
    expect(created).toMatchObject({
      version: 1,
      startsAt: `${dayFromNow(20)}T09:00:00+05:45`,
      endsAt: `${dayFromNow(21)}T17:00:00+05:45`,
      timeZone: 'Asia/Kathmandu',
    });
    const inUtc = await events.create(admin, {
      startsAt: `${dayFromNow(20)}T03:15:00Z`,
      title: 'Given in UTC',
    });
    expect(inUtc).toMatchObject({ startsAt: `${dayFromNow(20)}T09:00:00+05:45` });
    for (const [caller, status] of [
      [vendor, 403],
      [agency, 403],
      [null, 401],
    ] as const) {
      const response = await app.request({
        method: 'POST',
        url: '/api/v1/events',
        token: caller?.token,
        body: validEvent(),
      });
      expect(response.status).toBe(status);
    }
    const audit = await app.dataSource.query(`SELECT action FROM audit_entry WHERE target_id = $1`, [
      created.id,
    ]);
    expect(audit).toEqual([{ action: 'event.created' }]);
  });

  it('names the field and rule of every bad event', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ endsAt: `${dayFromNow(19)}T09:00:00+05:45` }, 'endsAt', 'endsAfterStart'],
      [{ endsAt: `${dayFromNow(120)}T09:00:00+05:45` }, 'endsAt', 'maxDuration'],
      [{ city: undefined, country: undefined }, 'onlineUrl', 'venueOrOnlineLink'],
      [{ country: undefined }, 'country', 'cityWithCountry'],
      [{ timeZone: 'Mars/Olympus_Mons' }, 'timeZone', 'isIanaTimeZone'],
      [{ timeZone: '+05:45' }, 'timeZone', 'isIanaTimeZone'],
      [{ startsAt: `${dayFromNow(20)}T09:00:00` }, 'startsAt', 'isInstantWithOffset'],
      [{ startsAt: '2026-02-30T09:00:00Z' }, 'startsAt', 'isInstantWithOffset'],
      [{ kind: 'party' }, 'kind', 'isIn'],
      [{ onlineUrl: 'javascript:alert(1)' }, 'onlineUrl', 'isUrl'],
      [{ sectors: ['industry.bakeries'] }, 'sectors', 'inTaxonomy'],
      [{ title: '  ' }, 'title', 'notBlank'],
    ];
    for (const [overrides, field, rule] of cases) {
      const response = await app.request({
        method: 'POST',
        url: '/api/v1/events',
        token: admin.token,
        body: validEvent(overrides),
      });
      expect({ status: response.status, type: response.headers['content-type'] }).toEqual({
        status: 400,
        type: expect.stringMatching(/^application\/problem\+json/),
      });
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field, rule }));
    }
  });

  it('lists publicly: soonest first, not yet ended by default, filtered by time, country and topic', async () => {
    await events.create(admin, {
      title: 'L-past',
      startsAt: `${dayFromNow(-10)}T09:00:00+05:30`,
      endsAt: `${dayFromNow(-10)}T12:00:00+05:30`,
      timeZone: 'Asia/Colombo',
      city: 'Colombo',
      country: 'LK',
      countries: [],
    });
    await events.create(admin, {
      title: 'L-later',
      startsAt: `${dayFromNow(40)}T09:00:00+05:30`,
      endsAt: `${dayFromNow(40)}T12:00:00+05:30`,
      timeZone: 'Asia/Colombo',
      city: 'Colombo',
      country: 'LK',
      countries: [],
      pollutants: ['nox'],
      sectors: [],
    });
    await events.create(admin, {
      title: 'L-sooner',
      startsAt: `${dayFromNow(5)}T09:00:00+08:00`,
      endsAt: `${dayFromNow(5)}T10:00:00+08:00`,
      timeZone: 'Asia/Shanghai',
      city: undefined,
      country: undefined,
      onlineUrl: 'https://webinar.example.org/x',
      countries: ['LK'],
      pollutants: [],
      sectors: ['transport'],
    });
    const ours = (list: string[]) => list.filter((title) => title.startsWith('L-'));
    expect(ours(await titles('limit=100'))).toEqual(['L-sooner', 'L-later']);
    expect(ours(await titles(`limit=100&from=${dayFromNow(-30)}`))).toEqual([
      'L-past',
      'L-sooner',
      'L-later',
    ]);
    expect(ours(await titles(`limit=100&to=${dayFromNow(5)}`))).toEqual(['L-sooner']);
    expect(ours(await titles('limit=100&country=LK'))).toEqual(['L-sooner', 'L-later']);
    expect(ours(await titles('limit=100&topic=nox'))).toEqual(['L-later']);
    expect(ours(await titles('limit=100&topic=transport'))).toEqual(['L-sooner']);
    const page = expectStatus(await events.list('limit=1&page=2'), 200).body;
    expect(page).toMatchObject({ page: 2, limit: 1, items: [expect.any(Object)] });
    expect(page.total).toBeGreaterThanOrEqual(3);
    for (const [query, field] of [
      ['from=yesterday', 'from'],
      ['topic=plutonium', 'topic'],
      ['country=XX', 'country'],
      ['limit=1000', 'limit'],
    ]) {
      const response = await events.list(query);
      expect(response.status).toBe(400);
      expect(response.body.errors).toContainEqual(expect.objectContaining({ field }));
    }
  });

  it('shows one event to anyone; malformed ids 400, unknown ones 404', async () => {
    const created = await events.create(admin);
    expect(expectStatus(await events.get(created.id), 200).body.id).toBe(created.id);
    expect((await events.get('nope')).status).toBe(400);
    expect((await events.get('00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });

  it('edits at the current version, keeps the cross-field rules, and deletes', async () => {
    const created = await events.create(admin, { onlineUrl: 'https://webinar.example.org/live' });
    const moved = expectStatus(
      await events.patch(admin, created.id, {
        version: 1,
        city: null,
        country: null,
        title: 'Now online only',
      }),
      200,
    ).body;
    expect(moved).toMatchObject({ version: 2, city: null, country: null, title: 'Now online only' });
    expect((await events.patch(admin, created.id, { version: 1, title: 'Stale' })).body).toMatchObject({
      status: 409,
      currentVersion: 2,
    });
    const noPlace = await events.patch(admin, created.id, { version: 2, onlineUrl: null });
    expect(noPlace.body.errors).toEqual([
      expect.objectContaining({ field: 'onlineUrl', rule: 'venueOrOnlineLink' }),
    ]);
    const nullTitle = await events.patch(admin, created.id, { version: 2, title: null });
    expect(nullTitle.body.errors).toEqual([expect.objectContaining({ field: 'title', rule: 'notNull' })]);
    const backwards = await events.patch(admin, created.id, {
      version: 2,
      endsAt: `${dayFromNow(1)}T00:00:00Z`,
    });
    expect(backwards.body.errors).toEqual([
      expect.objectContaining({ field: 'endsAt', rule: 'endsAfterStart' }),
    ]);
    expect((await events.patch(agency, created.id, { version: 2, title: 'X' })).status).toBe(403);
    expect((await events.remove(vendor, created.id)).status).toBe(403);
    expect((await events.remove(admin, created.id)).status).toBe(204);
    expect((await events.get(created.id)).status).toBe(404);
    expect((await events.remove(admin, created.id)).status).toBe(404);
  });
});
