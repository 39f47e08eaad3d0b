/** Longest message, in characters after sanitising. */
export const MESSAGE_MAX_LENGTH = 5000;

/** C0/C1 control characters other than tab and line feed. */
// eslint-disable-next-line no-control-regex -- removing them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;
/** Bidirectional overrides and isolates: they make text read differently from what it is. */
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/g;
const LINK = /\bhttps?:\/\/[^\s<>"'`]+[^\s<>"'`.,;:!?)\]}]/gi;

/**
 * The text stored for a message: plain text, never HTML (clients render it as text), with line endings made
 * uniform, control and direction-override characters removed, trailing space trimmed and runs of blank lines
 * kept to one.
 */
export function sanitizeMessageText(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(CONTROL, '')
    .replace(BIDI_CONTROL, '')
    .split('\n')
    .map((line) => line.replace(/\s+$/u, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The http(s) links of a text, in order; anything else (javascript:, data:…) is never a link. */
export function linksOf(text: string): string[] {
  return [...new Set(text.match(LINK) ?? [])];
}

/** A message shortened for a notice or a digest line. */
export function excerptOf(text: string, max = 280): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}
