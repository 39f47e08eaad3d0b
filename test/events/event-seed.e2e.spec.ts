import { SEED_EVENTS } from '@3ipet/events';
import { TestApp, bootTestApp } from '../support/app';
import { expectStatus } from './support/events-kit';

interface SeededEvent {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  showAttendees: boolean;
  programme: { startsAt: string; title: string; speaker: string | null }[];
}

/** The demo calendar of the first embedded start: every event has a programme inside its own span. */
describe('seeded events', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await bootTestApp('pglite', { SEED_ON_FIRST_START: 'true' });
  });
  afterAll(() => app?.close());

  it('gives every seeded event a programme, in start order and within the event', async () => {
    const page = expectStatus(
      await app.request({ method: 'GET', url: '/api/v1/events?from=2000-01-01&limit=100' }),
      200,
    ).body as { items: SeededEvent[] };
    const seeded = page.items.filter((event) => SEED_EVENTS.some((seed) => seed.input.title === event.title));
    expect(seeded).toHaveLength(SEED_EVENTS.length);
    for (const event of seeded) {
      const times = event.programme.map((item) => new Date(item.startsAt).getTime());
      expect([event.title, times.length > 0]).toEqual([event.title, true]);
      expect(times).toEqual([...times].sort((a, b) => a - b));
      expect(times[0]).toBeGreaterThanOrEqual(new Date(event.startsAt).getTime());
      expect(times[times.length - 1]).toBeLessThan(new Date(event.endsAt).getTime());
      // Times are given in the event's own zone, with its offset.
      expect(event.programme[0].startsAt.slice(-6)).toBe(event.startsAt.slice(-6));
    }
    const shown = seeded.find((event) => event.showAttendees)!;
    const attendees = expectStatus(
      await app.request({ method: 'GET', url: `/api/v1/events/${shown.id}/attendees` }),
      200,
    ).body;
    expect(attendees.total).toBeGreaterThan(0);
  });
});
