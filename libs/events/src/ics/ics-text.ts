/** RFC 5545 content-line building blocks: TEXT escaping, 75-octet folding, date-time forms. */

const CRLF = '\r\n';
const MAX_LINE_OCTETS = 75;
// Controls other than HTAB and LF are not allowed in TEXT (LF is escaped as \n below).
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** Escapes a TEXT value (§3.3.11): backslash, semicolon, comma and line breaks. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(FORBIDDEN_CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/**
 * Folds a content line (§3.1) so no physical line exceeds 75 octets of UTF-8, never splitting a
 * character: continuation lines start with one space, which counts towards their 75.
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    const limit = pieces.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

/** Joins content lines into an iCalendar stream: folded, CRLF after every line. */
export function toIcsStream(lines: string[]): string {
  return lines.map((line) => foldLine(line) + CRLF).join('');
}

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

/** `20260310T031500Z`: a UTC DATE-TIME (form #2). */
export function formatUtcDateTime(instant: Date): string {
  return (
    `${pad(instant.getUTCFullYear(), 4)}${pad(instant.getUTCMonth() + 1)}${pad(instant.getUTCDate())}` +
    `T${pad(instant.getUTCHours())}${pad(instant.getUTCMinutes())}${pad(instant.getUTCSeconds())}Z`
  );
}

/** `20260310T090000`: a floating/local DATE-TIME from a wall-clock reading held in UTC fields. */
export function formatWallClock(wallClock: Date): string {
  return formatUtcDateTime(wallClock).slice(0, -1);
}

/** `+0545`, `-0330`, `+053328` (seconds only when not zero), as UTC-OFFSET (§3.3.14) wants. */
export function formatUtcOffset(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const total = Math.abs(offsetSeconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  return `${sign}${pad(hours)}${pad(minutes)}${seconds === 0 ? '' : pad(seconds)}`;
}
