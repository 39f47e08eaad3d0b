/** UTC offsets of IANA time zones as the runtime's Intl knows them; no tz database of our own. */

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of `instant` in `timeZone`, returned as a Date whose UTC fields hold it. */
export function wallClockOf(instant: Date, timeZone: string): Date {
  const parts = Object.fromEntries(
    formatterFor(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const year = parts.era === 'BC' ? 1 - Number(parts.year) : Number(parts.year);
  const wallClock = new Date(0);
  wallClock.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  wallClock.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
  return wallClock;
}

/** Seconds east of UTC in `timeZone` at `instant`. */
export function offsetSecondsAt(instant: Date, timeZone: string): number {
  const wholeSecond = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((wallClockOf(instant, timeZone).getTime() - wholeSecond) / 1000);
}

export interface OffsetTransition {
  at: Date;
  offsetBefore: number;
  offsetAfter: number;
}

const DAY_MS = 24 * 3600 * 1000;
const MINUTE_MS = 60 * 1000;

/**
 * Every offset change in `timeZone` between two instants. Scans day by day, then narrows each change
 * down to the minute (zones change offset at most a few times a year, never twice in a day).
 */
export function offsetTransitions(timeZone: string, from: Date, to: Date): OffsetTransition[] {
  const transitions: OffsetTransition[] = [];
  let previousTime = Math.floor(from.getTime() / MINUTE_MS) * MINUTE_MS;
  let previousOffset = offsetSecondsAt(new Date(previousTime), timeZone);
  for (let time = previousTime + DAY_MS; previousTime < to.getTime(); time += DAY_MS) {
    const offset = offsetSecondsAt(new Date(time), timeZone);
    if (offset !== previousOffset) {
      const at = narrowTransition(timeZone, previousTime, time, previousOffset);
      transitions.push({ at, offsetBefore: previousOffset, offsetAfter: offset });
    }
    previousTime = time;
    previousOffset = offset;
  }
  return transitions;
}

/** Both bounds are whole minutes; returns the first minute with the new offset. */
function narrowTransition(timeZone: string, before: number, after: number, offsetBefore: number): Date {
  let low = before;
  let high = after;
  while (high - low > MINUTE_MS) {
    const middle = low + Math.max(1, Math.floor((high - low) / MINUTE_MS / 2)) * MINUTE_MS;
    if (offsetSecondsAt(new Date(middle), timeZone) === offsetBefore) low = middle;
    else high = middle;
  }
  return new Date(high);
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `2026-03-10T09:00:00+05:45`: the instant as read on a wall clock in `timeZone`, with that offset. */
export function toZonedIso(instant: Date, timeZone: string): string {
  const wall = wallClockOf(instant, timeZone).toISOString().slice(0, 19);
  const offset = offsetSecondsAt(instant, timeZone);
  if (offset === 0) return `${wall}Z`;
  const minutes = Math.round(Math.abs(offset) / 60);
  return `${wall}${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
