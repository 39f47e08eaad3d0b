import { formatUtcOffset, formatWallClock } from './ics-text';
import { offsetSecondsAt, offsetTransitions, wallClockOf } from '../time/zoned-time';

const DAY_MS = 24 * 3600 * 1000;

/**
 * A VTIMEZONE (RFC 5545 §3.6.5) for `timeZone` that is exact for every instant in [from, to]: one
 * observance for the offset in force at `from`, then one per offset change, each with its own DTSTART
 * (no RRULE: we state the changes the runtime's tz database knows, not rules a client must extrapolate).
 */
export function vtimezoneLines(timeZone: string, from: Date, to: Date): string[] {
  const start = new Date(from.getTime() - DAY_MS);
  const end = new Date(to.getTime() + DAY_MS);
  const standardOffset = standardOffsetOf(timeZone, start);
  const initialOffset = offsetSecondsAt(start, timeZone);
  const observances = [
    observance(initialOffset > standardOffset, wallClockOf(start, timeZone), initialOffset, initialOffset),
    ...offsetTransitions(timeZone, start, end).map(({ at, offsetBefore, offsetAfter }) =>
      // DTSTART of an observance is the onset in the wall-clock time that was in force before it.
      observance(
        offsetAfter > standardOffset,
        new Date(at.getTime() + offsetBefore * 1000),
        offsetBefore,
        offsetAfter,
      ),
    ),
  ];
  return ['BEGIN:VTIMEZONE', `TZID:${timeZone}`, ...observances.flat(), 'END:VTIMEZONE'];
}

function observance(daylight: boolean, onsetWallClock: Date, offsetFrom: number, offsetTo: number): string[] {
  const kind = daylight ? 'DAYLIGHT' : 'STANDARD';
  return [
    `BEGIN:${kind}`,
    `DTSTART:${formatWallClock(onsetWallClock)}`,
    `TZOFFSETFROM:${formatUtcOffset(offsetFrom)}`,
    `TZOFFSETTO:${formatUtcOffset(offsetTo)}`,
    `END:${kind}`,
  ];
}

/** The smaller of the January and July offsets of the year: summer time is whatever lies above it. */
function standardOffsetOf(timeZone: string, around: Date): number {
  const year = around.getUTCFullYear();
  return Math.min(
    offsetSecondsAt(new Date(Date.UTC(year, 0, 1)), timeZone),
    offsetSecondsAt(new Date(Date.UTC(year, 6, 1)), timeZone),
  );
}
