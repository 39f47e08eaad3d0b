// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { eventInputFrom, emptyEventForm } from './event-form';
import { isoToWallClock, wallClockToIso } from './zoned';

describe('wall clocks in an event’s time zone', () => {
  it('adds the zone’s offset, odd quarters and half hours included', () => {
    expect(wallClockToIso('2026-03-10T09:00', 'Asia/Kathmandu')).toBe('2026-03-10T09:00:00+05:45');
    expect(wallClockToIso('2026-03-10T09:00', 'Asia/Colombo')).toBe('2026-03-10T09:00:00+05:30');
    expect(wallClockToIso('2026-03-10T09:00', 'Asia/Shanghai')).toBe('2026-03-10T09:00:00+08:00');
    expect(wallClockToIso('2026-03-10T09:00', 'UTC')).toBe('2026-03-10T09:00:00+00:00');
  });

  it('follows daylight saving time on either side of the change', () => {
    expect(wallClockToIso('2026-03-28T12:00', 'Europe/Berlin')).toBe('2026-03-28T12:00:00+01:00');
    expect(wallClockToIso('2026-03-30T12:00', 'Europe/Berlin')).toBe('2026-03-30T12:00:00+02:00');
    expect(wallClockToIso('2026-07-01T09:00', 'America/New_York')).toBe('2026-07-01T09:00:00-04:00');
  });

  it('leaves what is not a wall clock for the API to name, and reads the API’s times back', () => {
    expect(wallClockToIso('', 'Asia/Kathmandu')).toBe('');
    expect(wallClockToIso('2026-03-10T09:00', 'Mars/Olympus')).toBe('2026-03-10T09:00:00+00:00');
    expect(isoToWallClock('2026-03-10T09:00:00+05:45')).toBe('2026-03-10T09:00');
  });

  it('sends empty optional texts as null and the programme with the event’s offset', () => {
    const input = eventInputFrom({
      ...emptyEventForm(),
      timeZone: 'Asia/Kathmandu',
      startsAt: '2026-03-10T09:00',
      programme: [{ startsAt: '2026-03-10T09:30', title: 'Kiln setting', speaker: ' ' }],
    });
    expect(input).toMatchObject({ city: null, country: null, onlineUrl: null, status: 'published' });
    expect(input.programme).toEqual([
      { startsAt: '2026-03-10T09:30:00+05:45', title: 'Kiln setting', speaker: null },
    ]);
  });
});
