/**
 * Wall clocks in an event's time zone, for forms: `<input type="datetime-local">` holds `2026-03-10T09:00`,
 * the API wants an instant with its offset, `2026-03-10T09:00:00+05:45`.
 */

/** Minutes east of UTC in `timeZone` at `instant`. */
export function offsetMinutesAt(instant: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
  );
  return Math.round((wall - Math.floor(instant.getTime() / 60_000) * 60_000) / 60_000);
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** `2026-03-10T09:00` in `timeZone` as `2026-03-10T09:00:00+05:45`; the text as typed if it is not a wall clock. */
export function wallClockToIso(local: string, timeZone: string): string {
  const match = LOCAL.exec(local);
  if (!match) return local;
  const [y, mo, d, h, mi] = match.slice(1).map(Number);
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  let offset: number;
  try {
    offset = offsetMinutesAt(new Date(asUtc), timeZone);
    // Near a change of offset the first guess can be off by the change; one more step settles it.
    offset = offsetMinutesAt(new Date(asUtc - offset * 60_000), timeZone);
  } catch {
    // An unknown zone: send the wall clock in UTC and let the API name the time zone field.
    offset = 0;
  }
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${local}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** The wall-clock part of an API time (`2026-03-10T09:00:00+05:45` → `2026-03-10T09:00`). */
export const isoToWallClock = (iso: string): string => iso.slice(0, 16);

/** The viewer's own IANA time zone, as the browser reports it. */
export const viewerTimeZone = (): string => Intl.DateTimeFormat().resolvedOptions().timeZone;
