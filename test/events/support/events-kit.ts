import type { TestApp, TestResponse } from '../../support/app';
import type { TestAdmin, TestMember } from '../../support/factories';

const DAY_MS = 24 * 60 * 60 * 1000;

/** `YYYY-MM-DD` of the UTC day `days` from now. */
export const dayFromNow = (days: number) => new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);

/** A complete, valid event body; override what a test is about. */
export function validEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    title: 'Zig-zag kiln conversion workshop',
    kind: 'workshop',
    startsAt: `${dayFromNow(20)}T09:00:00+05:45`,
    endsAt: `${dayFromNow(21)}T17:00:00+05:45`,
    timeZone: 'Asia/Kathmandu',
    city: 'Bhaktapur',
    country: 'NP',
    organiser: 'Kathmandu Valley Clean Air Office',
    description: 'Two days at a converted kiln.',
    countries: ['NP', 'IN'],
    pollutants: ['pm2.5', 'black-carbon'],
    sectors: ['industry.brick-kilns'],
    ...overrides,
  };
}

export function expectStatus(response: TestResponse, status: number): TestResponse {
  if (response.status !== status) {
    throw new Error(`expected ${status}, got ${response.status}: ${response.text.slice(0, 500)}`);
  }
  return response;
}

type Caller = TestMember | TestAdmin | null;

/** Drives events through the API. */
export class EventsDriver {
  constructor(readonly app: TestApp) {}

  async create(admin: TestAdmin, overrides: Record<string, unknown> = {}) {
    const response = await this.app.request({
      method: 'POST',
      url: '/api/v1/events',
      token: admin.token,
      body: validEvent(overrides),
    });
    return expectStatus(response, 201).body as { id: string; version: number; title: string };
  }

  list(query = '', caller: Caller = null) {
    return this.app.request({
      method: 'GET',
      url: `/api/v1/events${query ? `?${query}` : ''}`,
      token: caller?.token,
    });
  }

  get(id: string, caller: Caller = null) {
    return this.app.request({ method: 'GET', url: `/api/v1/events/${id}`, token: caller?.token });
  }

  patch(caller: Caller, id: string, body: object) {
    return this.app.request({ method: 'PATCH', url: `/api/v1/events/${id}`, token: caller?.token, body });
  }

  remove(caller: Caller, id: string) {
    return this.app.request({ method: 'DELETE', url: `/api/v1/events/${id}`, token: caller?.token });
  }

  attend(caller: Caller, id: string, method: 'POST' | 'DELETE' | 'GET' = 'POST') {
    return this.app.request({ method, url: `/api/v1/events/${id}/attendance`, token: caller?.token });
  }

  feed(query = '') {
    return this.app.request({ method: 'GET', url: `/api/v1/events.ics${query ? `?${query}` : ''}` });
  }
}
