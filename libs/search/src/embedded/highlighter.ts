import { escapeHtml } from '../html-escape';
import { HIGHLIGHT_POST_TAG, HIGHLIGHT_PRE_TAG } from '../search.types';
import type { MatchedTerms } from './query-plan';
import { textRuns, type TextRun } from './tokenizer';

/** HTML-escapes `text` and wraps the words the query matched in `<mark>`…`</mark>`. */
export function highlightText(text: string, matched: MatchedTerms): string {
  const ranges = textRuns(text).flatMap((run) =>
    run.cjk ? cjkRanges(text, run, matched) : latinRange(run, matched),
  );
  let html = '';
  let cursor = 0;
  for (const [start, end] of mergeRanges(ranges)) {
    html +=
      escapeHtml(text.slice(cursor, start)) +
      HIGHLIGHT_PRE_TAG +
      escapeHtml(text.slice(start, end)) +
      HIGHLIGHT_POST_TAG;
    cursor = end;
  }
  return html + escapeHtml(text.slice(cursor));
}

type Range = [start: number, end: number];

function latinRange(run: TextRun, matched: MatchedTerms): Range[] {
  const word = run.normalized;
  const hit =
    matched.latin.has(word) || (matched.latinPrefix !== undefined && word.startsWith(matched.latinPrefix));
  return hit ? [[run.start, run.end]] : [];
}

/** Marks each character or bigram of the run that the query looked for. */
function cjkRanges(text: string, run: TextRun, matched: MatchedTerms): Range[] {
  if (matched.cjkGrams.size === 0) return [];
  const originalChars = Array.from(text.slice(run.start, run.end));
  const chars = Array.from(run.normalized);
  // Normalization changed the character count (rare compatibility forms): mark the run as a whole.
  if (chars.length !== originalChars.length) {
    const any = chars.some(
      (char, i) => matched.cjkGrams.has(char) || matched.cjkGrams.has(char + (chars[i + 1] ?? '')),
    );
    return any ? [[run.start, run.end]] : [];
  }
  const offsets = [run.start];
  for (const char of originalChars) offsets.push(offsets[offsets.length - 1] + char.length);
  const ranges: Range[] = [];
  chars.forEach((char, i) => {
    if (matched.cjkGrams.has(char)) ranges.push([offsets[i], offsets[i + 1]]);
    if (i + 1 < chars.length && matched.cjkGrams.has(char + chars[i + 1]))
      ranges.push([offsets[i], offsets[i + 2]]);
  });
  return ranges;
}

function mergeRanges(ranges: Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const merged: Range[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}
