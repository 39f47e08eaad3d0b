import {
  escapeText,
  formatUtcDateTime,
  formatWallClock,
  toIcsStream,
  vtimezoneLines,
  wallClockOf,
} from '@3ipet/events';
import type { OrganizationSummary } from '@3ipet/identity';
import type { PlaceView } from '../dto/meeting.views';

const UTC_ZONES = new Set(['UTC', 'Etc/UTC', 'Etc/GMT', 'GMT']);

export interface AgendaEntry {
  meetingId: string;
  eventId: string;
  eventTitle: string;
  eventTimeZone: string;
  slotStart: Date;
  slotEnd: Date;
  message: string;
  with: OrganizationSummary;
  place: PlaceView;
  createdAt: Date;
  updatedAt: Date;
}

/**
 * An organisation's meetings as one iCalendar stream, written with the events lib's RFC 5545 pieces: times in
 * each event's own zone (TZID plus an exact VTIMEZONE), so every calendar shows them in its reader's zone.
 */
export function renderAgendaCalendar(entries: AgendaEntry[]): string {
  const spans = new Map<string, { from: Date; to: Date }>();
  for (const entry of entries) {
    if (UTC_ZONES.has(entry.eventTimeZone)) continue;
    const span = spans.get(entry.eventTimeZone);
    spans.set(entry.eventTimeZone, {
      from: span && span.from < entry.slotStart ? span.from : entry.slotStart,
      to: span && span.to > entry.slotEnd ? span.to : entry.slotEnd,
    });
  }
  return toIcsStream([
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//3iPET//B2B meetings//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'X-WR-CALNAME:3iPET meetings',
    ...[...spans].flatMap(([zone, { from, to }]) => vtimezoneLines(zone, from, to)),
    ...entries.flatMap(eventLines),
    'END:VCALENDAR',
  ]);
}

function dateTime(name: string, instant: Date, timeZone: string): string {
  if (UTC_ZONES.has(timeZone)) return `${name}:${formatUtcDateTime(instant)}`;
  return `${name};TZID=${timeZone}:${formatWallClock(wallClockOf(instant, timeZone))}`;
}

function eventLines(entry: AgendaEntry): string[] {
  const location = entry.place.kind === 'online' ? (entry.place.url ?? entry.place.name) : entry.place.name;
  const description = [`B2B meeting at “${entry.eventTitle}” with ${entry.with.name}.`, entry.message]
    .filter(Boolean)
    .join('\n\n');
  return [
    'BEGIN:VEVENT',
    `UID:meeting-${entry.meetingId}@3ipet.org`,
    `DTSTAMP:${formatUtcDateTime(entry.updatedAt)}`,
    `CREATED:${formatUtcDateTime(entry.createdAt)}`,
    `LAST-MODIFIED:${formatUtcDateTime(entry.updatedAt)}`,
    dateTime('DTSTART', entry.slotStart, entry.eventTimeZone),
    dateTime('DTEND', entry.slotEnd, entry.eventTimeZone),
    `SUMMARY:${escapeText(`Meeting with ${entry.with.name} (${entry.eventTitle})`)}`,
    `DESCRIPTION:${escapeText(description)}`,
    `LOCATION:${escapeText(location)}`,
    ...(entry.place.kind === 'online' && entry.place.url ? [`URL:${entry.place.url}`] : []),
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}
