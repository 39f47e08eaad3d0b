/** RFC 5987 `ext-value` characters: everything else is percent-encoded (UTF-8). */
const encodeExtValue = (text: string) =>
  encodeURIComponent(text).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `Content-Disposition` (RFC 6266) with the name twice: an ASCII stand-in in `filename` for old clients, and the
 * exact UTF-8 name in `filename*` (RFC 5987). Quotes, backslashes and non-ASCII never reach the quoted string.
 */
export function contentDisposition(disposition: 'inline' | 'attachment', fileName: string): string {
  const fallback = fileName.replace(/[^\x20-\x7e]|["\\%;]/g, '_');
  return `${disposition}; filename="${fallback}"; filename*=UTF-8''${encodeExtValue(fileName)}`;
}
