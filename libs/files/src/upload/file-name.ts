import { ValidationProblem } from '@3ipet/common';

const MAX_NAME_BYTES = 255;
// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

function refuse(message: string): never {
  throw new ValidationProblem([{ field: 'file.filename', rule: 'safeFileName', message }]);
}

/**
 * The client's file name as it may be kept and shown: NFC, trimmed, a plain name. Anything that looks like a path
 * (separators, `..`, a leading dot), control or bidi-override characters, or an over-long name is refused rather
 * than rewritten, so the client learns which rule it broke. The name never reaches a storage path.
 */
export function checkedFileName(raw: string | undefined): string {
  const name = (raw ?? '').normalize('NFC').trim();
  if (name === '') refuse('file.filename must not be empty');
  if (/[/\\]/.test(name)) refuse('file.filename must be a plain name, without / or \\ (no path)');
  if (name.startsWith('.') || name.includes('..'))
    refuse('file.filename must not start with a dot or contain ".."');
  if (CONTROL_CHARACTERS.test(name)) refuse('file.filename must not contain control or direction characters');
  if (Buffer.byteLength(name) > MAX_NAME_BYTES)
    refuse(`file.filename must be at most ${MAX_NAME_BYTES} bytes`);
  return name;
}

/** The name's extension in lower case, or `null` when it has none. */
export function extensionOf(name: string): string | null {
  const dot = name.lastIndexOf('.');
  return dot <= 0 || dot === name.length - 1 ? null : name.slice(dot + 1).toLowerCase();
}
