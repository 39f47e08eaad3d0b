import type { MatrixCase, MatrixRow } from '../matrix';

const DAY_MS = 24 * 60 * 60 * 1000;
const everyone = (status: number) => ({ anonymous: status, vendor: status, agency: status, admin: status });
const adminOnly = (ok: number) => ({ anonymous: 401, vendor: 403, agency: 403, admin: ok });
const membersOnly = (ok: number) => ({ anonymous: 401, vendor: ok, agency: ok, admin: 403 });

const event = () => ({
  title: 'Matrix workshop',
  kind: 'workshop',
  startsAt: new Date(Date.now() + 10 * DAY_MS).toISOString(),
  endsAt: new Date(Date.now() + 11 * DAY_MS).toISOString(),
  timeZone: 'Asia/Kathmandu',
  city: 'Kathmandu',
  country: 'NP',
  organiser: 'Matrix organiser',
  description: 'Used by the authorization matrix.',
});

/** An upcoming event, put on the calendar by a fresh admin. */
async function eventOf({ app, kit }: MatrixCase, extra: object = {}): Promise<string> {
  const admin = await kit.newAdmin();
  const response = await app.request({
    method: 'POST',
    url: '/api/v1/events',
    token: admin.token,
    body: { ...event(), ...extra },
  });
  if (response.status !== 201) throw new Error(`event setup: ${response.status} ${response.text}`);
  return response.body.id;
}

const onEvent = (body?: object) => async (c: MatrixCase) => ({ params: { id: await eventOf(c) }, body });

export const rows: MatrixRow[] = [
  { method: 'GET', path: '/api/v1/events.ics', expect: everyone(200) },
  { method: 'GET', path: '/api/v1/events', expect: everyone(200) },
  { method: 'POST', path: '/api/v1/events', expect: adminOnly(201), setup: () => ({ body: event() }) },
  { method: 'GET', path: '/api/v1/events/{id}', expect: everyone(200), setup: onEvent() },
  {
    method: 'PATCH',
    path: '/api/v1/events/{id}',
    expect: adminOnly(200),
    setup: onEvent({ version: 1, title: 'Renamed' }),
  },
  { method: 'DELETE', path: '/api/v1/events/{id}', expect: adminOnly(204), setup: onEvent() },
  { method: 'POST', path: '/api/v1/events/{id}/attendance', expect: membersOnly(201), setup: onEvent() },
  { method: 'DELETE', path: '/api/v1/events/{id}/attendance', expect: membersOnly(204), setup: onEvent() },
  { method: 'GET', path: '/api/v1/events/{id}/attendance', expect: adminOnly(200), setup: onEvent() },
  { method: 'GET', path: '/api/v1/events/{id}/attendance/mine', expect: membersOnly(200), setup: onEvent() },
  { method: 'GET', path: '/api/v1/events/{id}/calendar.ics', expect: everyone(200), setup: onEvent() },
  {
    method: 'GET',
    path: '/api/v1/events/{id}/attendees',
    expect: everyone(200),
    setup: async (c) => ({ params: { id: await eventOf(c, { showAttendees: true }) } }),
  },
  {
    method: 'POST',
    path: '/api/v1/events/{id}/cancel',
    expect: adminOnly(200),
    setup: onEvent({ version: 1, reason: 'Cancelled by the authorization matrix.' }),
  },
  { method: 'GET', path: '/api/v1/admin/events', expect: adminOnly(200) },
];
