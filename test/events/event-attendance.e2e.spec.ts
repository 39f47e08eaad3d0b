import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestAdmin, TestMember, factories } from '../support/factories';
import { EventsDriver, expectStatus } from './support/events-kit';

describe.each(databaseLegs())('event attendance (%s)', (leg) => {
  let app: TestApp;
  let events: EventsDriver;
  let admin: TestAdmin;
  let vendor: TestMember;
  let agency: TestMember;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    const kit = await factories(app);
    events = new EventsDriver(app);
    [admin, vendor, agency] = await Promise.all([
      kit.newAdmin(),
      kit.newMember('vendor'),
      kit.newMember('agency'),
    ]);
  });
  afterAll(() => app.close());

  it('registers an organisation’s attendance once, lets it withdraw, and shows admins who comes', async () => {
    const event = await events.create(admin);
    expect((await events.attend(agency, event.id)).status).toBe(201);
    const again = await events.attend(agency, event.id);
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ eventId: event.id, organizationId: agency.organizationId });
    expect((await events.attend(vendor, event.id)).status).toBe(201);
    expect((await events.attend(admin, event.id)).status).toBe(403);
    expect((await events.attend(null, event.id)).status).toBe(401);
    const attendees = expectStatus(await events.attend(admin, event.id, 'GET'), 200).body;
    expect(attendees.total).toBe(2);
    expect(attendees.items.map((a: { organization: { id: string } }) => a.organization.id).sort()).toEqual(
      [agency.organizationId, vendor.organizationId].sort(),
    );
    expect((await events.attend(agency, event.id, 'GET')).status).toBe(403);
    expect((await events.attend(agency, event.id, 'DELETE')).status).toBe(204);
    expect((await events.attend(agency, event.id, 'DELETE')).status).toBe(204);
    expect(expectStatus(await events.attend(admin, event.id, 'GET'), 200).body.total).toBe(1);
    const past = await events.create(admin, {
      startsAt: '2024-01-01T09:00:00Z',
      endsAt: '2024-01-01T10:00:00Z',
      timeZone: 'UTC',
    });
    const late = await events.attend(agency, past.id);
    expect(late.status).toBe(409);
    expect(late.body.type).toBe('https://3ipet.org/problems/event-ended');
    expect((await events.attend(agency, '00000000-0000-4000-8000-000000000000')).status).toBe(404);
  });
});
