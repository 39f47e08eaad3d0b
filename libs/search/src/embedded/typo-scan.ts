import { lowerBound } from './term-dictionary';

/** Terms longer than this are never reached by typos (they are still found exactly or by prefix). */
const MAX_SCANNED_TERM_LENGTH = 48;

/** Meilisearch's default budget: none under 5 characters, 1 up to 8, 2 from 9. */
export function typoBudget(word: string): number {
  const length = [...word].length;
  if (length >= 9) return 2;
  if (length >= 5) return 1;
  return 0;
}

export type TypoVisitor = (term: string, typos: number) => void;

/**
 * Visits the sorted terms that start with the word's first character and lie within `maxTypos`
 * Damerau (optimal string alignment) edits of it — or, in prefix mode, whose some prefix does.
 * Rows of the edit-distance table are shared between neighbouring terms like in a trie walk, and a
 * whole run of terms is skipped as soon as their common prefix is out of budget.
 */
export function scanSameInitial(
  sorted: readonly string[],
  word: string,
  maxTypos: number,
  prefixMode: boolean,
  visit: TypoVisitor,
): void {
  const initial = word[0];
  const query = word.slice(1);
  const n = query.length;
  const end = lowerBound(sorted, initial + '\uffff');
  const rows = Array.from({ length: MAX_SCANNED_TERM_LENGTH + 1 }, () => new Int32Array(n + 1));
  for (let j = 0; j <= n; j++) rows[0][j] = j;
  /** Best distance of the whole query against the term prefix of each depth or shorter. */
  const bestUpTo = new Int32Array(MAX_SCANNED_TERM_LENGTH + 1);
  bestUpTo[0] = n;
  let previous = initial;
  let validDepth = 0;

  let i = lowerBound(sorted, initial);
  while (i < end) {
    const term = sorted[i];
    const depthLimit = term.length - 1;
    if (depthLimit > MAX_SCANNED_TERM_LENGTH) {
      i++;
      continue;
    }
    let depth = Math.min(validDepth, commonSuffixDepth(previous, term));
    let outOfBudgetAt = -1;
    while (depth < depthLimit) {
      depth++;
      const rowMin = fillRow(rows, depth, term.charCodeAt(depth), term.charCodeAt(depth - 1), query);
      bestUpTo[depth] = Math.min(bestUpTo[depth - 1], rows[depth][n]);
      if (rowMin > maxTypos) {
        outOfBudgetAt = depth;
        break;
      }
    }
    previous = term;
    validDepth = depth;

    if (outOfBudgetAt < 0) {
      const distance = prefixMode ? bestUpTo[depthLimit] : rows[depthLimit][n];
      if (distance <= maxTypos) visit(term, distance);
      i++;
    } else if (prefixMode && bestUpTo[outOfBudgetAt - 1] <= maxTypos) {
      visit(term, bestUpTo[outOfBudgetAt - 1]);
      i++;
    } else {
      // Every following term sharing these characters is out of budget as well.
      i = lowerBound(sorted, term.slice(0, outOfBudgetAt + 1) + '\uffff', i + 1);
      validDepth = outOfBudgetAt - 1;
    }
  }
}

/** Number of characters after the first that `a` and `b` share. */
function commonSuffixDepth(a: string, b: string): number {
  const limit = Math.min(a.length, b.length);
  let k = 1;
  while (k < limit && a.charCodeAt(k) === b.charCodeAt(k)) k++;
  return k - 1;
}

/** Computes row `depth` (term character `char`) of the table against `query`; returns its minimum. */
function fillRow(
  rows: Int32Array[],
  depth: number,
  char: number,
  previousChar: number,
  query: string,
): number {
  const row = rows[depth];
  const above = rows[depth - 1];
  const twoAbove = depth >= 2 ? rows[depth - 2] : undefined;
  row[0] = depth;
  let rowMin = depth;
  for (let j = 1; j < row.length; j++) {
    const queryChar = query.charCodeAt(j - 1);
    let best = Math.min(above[j] + 1, row[j - 1] + 1, above[j - 1] + (queryChar === char ? 0 : 1));
    if (twoAbove && j >= 2 && queryChar === previousChar && query.charCodeAt(j - 2) === char) {
      best = Math.min(best, twoAbove[j - 2] + 1);
    }
    row[j] = best;
    if (best < rowMin) rowMin = best;
  }
  return rowMin;
}
