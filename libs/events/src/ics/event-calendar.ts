import type { CapacityEvent } from '../event/capacity-event.entity';
import { EVENT_KIND_LABELS } from '../event/event-kinds';
import { escapeText, formatUtcDateTime, formatWallClock, toIcsStream } from './ics-text';
import { wallClockOf } from '../time/zoned-time';
import { vtimezoneLines } from './vtimezone';

const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT']);

export interface CalendarOptions {
  /** Country names for LOCATION, by ISO code. */
  countryName: (code: string) => string | undefined;
}

/** The events as one iCalendar (RFC 5545) stream: a VTIMEZONE per zone used, a VEVENT per event. */
export function renderCalendar(events: CapacityEvent[], options: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//3iPET//Capacity-building events//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:3iPET air-quality events',
    ...timeZoneComponents(events),
    ...events.flatMap((event) => eventLines(event, options)),
    'END:VCALENDAR',
  ];
  return toIcsStream(lines);
}

function timeZoneComponents(events: CapacityEvent[]): string[] {
  const spans = new Map<string, { from: Date; to: Date }>();
  for (const event of events) {
    if (UTC_ZONES.has(event.timeZone)) continue;
    const span = spans.get(event.timeZone);
    spans.set(event.timeZone, {
      from: span && span.from < event.startsAt ? span.from : event.startsAt,
      to: span && span.to > event.endsAt ? span.to : event.endsAt,
    });
  }
  return [...spans].flatMap(([timeZone, { from, to }]) => vtimezoneLines(timeZone, from, to));
}

function dateTimeProperty(name: string, instant: Date, timeZone: string): string {
  if (UTC_ZONES.has(timeZone)) return `${name}:${formatUtcDateTime(instant)}`;
  return `${name};TZID=${timeZone}:${formatWallClock(wallClockOf(instant, timeZone))}`;
}

function eventLines(event: CapacityEvent, { countryName }: CalendarOptions): string[] {
  const place = [event.city, event.country ? (countryName(event.country) ?? event.country) : null].filter(
    Boolean,
  );
  const location = place.length > 0 ? place.join(', ') : event.onlineUrl;
  const programme = (event.programme ?? []).map(
    (item) =>
      `${formatWallClockShort(item.startsAt, event.timeZone)} ${item.title}${item.speaker ? ` (${item.speaker})` : ''}`,
  );
  const description = [
    event.description,
    ...(programme.length > 0 ? [`Programme (${event.timeZone}):\n${programme.join('\n')}`] : []),
    `Organised by ${event.organiser}.`,
    ...(event.status === 'cancelled' ? [`Cancelled: ${event.cancellationReason ?? ''}`] : []),
  ].join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:${event.id}@3ipet.org`,
    `DTSTAMP:${formatUtcDateTime(event.updatedAt)}`,
    `CREATED:${formatUtcDateTime(event.createdAt)}`,
    `LAST-MODIFIED:${formatUtcDateTime(event.updatedAt)}`,
    `SEQUENCE:${event.version - 1}`,
    dateTimeProperty('DTSTART', event.startsAt, event.timeZone),
    dateTimeProperty('DTEND', event.endsAt, event.timeZone),
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText(description)}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(event.onlineUrl ? [`URL:${event.onlineUrl}`] : []),
    `CATEGORIES:${escapeText(EVENT_KIND_LABELS[event.kind])}`,
    `STATUS:${event.status === 'cancelled' ? 'CANCELLED' : event.status === 'draft' ? 'TENTATIVE' : 'CONFIRMED'}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** `2026-03-10 09:30`, the wall clock of a stored programme instant in the event's zone. */
function formatWallClockShort(isoInstant: string, timeZone: string): string {
  return wallClockOf(new Date(isoInstant), timeZone).toISOString().slice(0, 16).replace('T', ' ');
}
