import type { EventInput, EventKind, EventView } from '../../api/types';
import { isoToWallClock, wallClockToIso } from './zoned';

export interface ProgrammeRow {
  /** Wall clock in the event's zone, as `<input type="datetime-local">` holds it. */
  startsAt: string;
  title: string;
  speaker: string;
}

/** What the admins' event form edits; times are wall clocks in `timeZone`. */
export interface EventForm {
  title: string;
  kind: EventKind;
  timeZone: string;
  startsAt: string;
  endsAt: string;
  city: string;
  country: string;
  onlineUrl: string;
  organiser: string;
  description: string;
  showAttendees: boolean;
  published: boolean;
  programme: ProgrammeRow[];
}

export const emptyEventForm = (): EventForm => ({
  title: '',
  kind: 'workshop',
  timeZone: 'Asia/Shanghai',
  startsAt: '',
  endsAt: '',
  city: '',
  country: '',
  onlineUrl: '',
  organiser: '',
  description: '',
  showAttendees: false,
  published: true,
  programme: [],
});

export function eventFormFrom(event: EventView): EventForm {
  return {
    title: event.title,
    kind: event.kind,
    timeZone: event.timeZone,
    startsAt: isoToWallClock(event.startsAt),
    endsAt: isoToWallClock(event.endsAt),
    city: event.city ?? '',
    country: event.country ?? '',
    onlineUrl: event.onlineUrl ?? '',
    organiser: event.organiser,
    description: event.description,
    showAttendees: event.showAttendees,
    published: event.status !== 'draft',
    programme: event.programme.map((item) => ({
      startsAt: isoToWallClock(item.startsAt),
      title: item.title,
      speaker: item.speaker ?? '',
    })),
  };
}

/** The API body: empty optional texts become null, times get the zone's offset. */
export function eventInputFrom(form: EventForm): EventInput {
  const zone = form.timeZone.trim();
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
  return {
    title: form.title,
    kind: form.kind,
    timeZone: zone,
    startsAt: wallClockToIso(form.startsAt, zone),
    endsAt: wallClockToIso(form.endsAt, zone),
    city: orNull(form.city),
    country: orNull(form.country),
    onlineUrl: orNull(form.onlineUrl),
    organiser: form.organiser,
    description: form.description,
    showAttendees: form.showAttendees,
    status: form.published ? 'published' : 'draft',
    programme: form.programme.map((row) => ({
      startsAt: wallClockToIso(row.startsAt, zone),
      title: row.title,
      speaker: orNull(row.speaker),
    })),
  };
}
