import { type Options, type Stringifier, stringify } from 'csv-stringify';

/**
 * Cells a spreadsheet would run as a formula (OWASP "CSV injection"): a leading = + - @, tab or carriage
 * return — also behind leading single quotes, so a value that genuinely starts with a quote still round-trips.
 */
const NEEDS_ESCAPE = /^'*[=+\-@\t\r]/;

/** `=HYPERLINK(…)` → `'=HYPERLINK(…)`: the spreadsheet shows the text instead of running it. */
export function escapeCsvFormula(cell: string): string {
  return NEEDS_ESCAPE.test(cell) ? `'${cell}` : cell;
}

/**
 * The inverse of `escapeCsvFormula`: strips exactly the quote it added, and nothing from a cell it would not
 * have escaped (`'quoted'` stays as it is, `''=x` becomes `'=x`).
 */
export function unescapeCsvFormula(cell: string): string {
  return cell.startsWith("'") && NEEDS_ESCAPE.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Every CSV the platform writes goes through this: each cell quoted, formula cells escaped. */
export function safeCsvStringifier(options: Options = {}): Stringifier {
  return stringify({
    ...options,
    quoted: true,
    cast: { ...options.cast, string: (value) => escapeCsvFormula(value) },
  });
}
