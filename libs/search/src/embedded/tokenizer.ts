/**
 * One tokenizer for documents, queries and highlights, so that all three agree on what a word is.
 * Latin-like text splits on anything that is not a letter, mark or digit (a decimal point between
 * digits stays, so "PM2.5" is one word). Han and kana have no spaces: each run is indexed as its single
 * characters plus overlapping bigrams, which lets "除尘" find "静电除尘器". Devanagari and Sinhala words are
 * split on spaces like Latin ones: their vowel signs and virama are marks, so they stay inside the word, and so do
 * the zero-width joiners that shape conjuncts ("ශ්‍රී"), which are then dropped so that both spellings match.
 */
const SEPARATOR = 0;
const WORD = 1;
const CJK = 2;

const CJK_CHAR = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]$/u;
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;
const LATIN_DIACRITICS = /[\u0300-\u036f]/g;
const ZERO_WIDTH_JOINERS = /[\u200c\u200d]/g;

const ASCII_CLASSES = new Uint8Array(128).map((_, code) =>
  (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? WORD : SEPARATOR,
);
const nonAsciiClasses = new Map<number, number>();

function classOf(codePoint: number): number {
  if (codePoint < 128) return ASCII_CLASSES[codePoint];
  let found = nonAsciiClasses.get(codePoint);
  if (found === undefined) {
    const char = String.fromCodePoint(codePoint);
    found = CJK_CHAR.test(char) ? CJK : WORD_CHAR.test(char) ? WORD : SEPARATOR;
    // Bounded: only characters actually seen are cached, at most once each.
    if (nonAsciiClasses.size < 200_000) nonAsciiClasses.set(codePoint, found);
  }
  return found;
}

/** ASCII or full-width digit. */
function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0xff10 && code <= 0xff19);
}

/** Zero-width non-joiner or joiner: they choose a conjunct's shape inside Indic words, they separate nothing. */
function isJoiner(code: number): boolean {
  return code === 0x200c || code === 0x200d;
}

/** "." or its full-width form, which NFKC turns into "." */
function isDecimalPoint(code: number): boolean {
  return code === 46 || code === 0xff0e;
}

/** Visits maximal runs of word characters (`cjk` false) or of Han/kana characters (`cjk` true). */
function scanRuns(
  text: string,
  visit: (start: number, end: number, cjk: boolean, ascii: boolean) => void,
): void {
  let runStart = -1;
  let runClass = SEPARATOR;
  let ascii = true;
  let i = 0;
  while (i < text.length) {
    const codePoint = text.codePointAt(i) as number;
    const width = codePoint > 0xffff ? 2 : 1;
    let charClass = classOf(codePoint);
    // A decimal point between two digits belongs to the word: "PM2.5", "2.5".
    if (
      charClass === SEPARATOR &&
      isDecimalPoint(codePoint) &&
      runClass === WORD &&
      isDigit(text.charCodeAt(i - 1)) &&
      isDigit(text.charCodeAt(i + 1))
    ) {
      charClass = WORD;
    }
    if (charClass === SEPARATOR && runClass === WORD && isJoiner(codePoint)) charClass = WORD;
    if (charClass !== runClass) {
      if (runClass !== SEPARATOR) visit(runStart, i, runClass === CJK, ascii);
      runStart = i;
      runClass = charClass;
      ascii = true;
    }
    if (codePoint >= 128) ascii = false;
    i += width;
  }
  if (runClass !== SEPARATOR) visit(runStart, text.length, runClass === CJK, ascii);
}

/**
 * Lowercase, NFKC, Latin accents folded (é → e) as Meilisearch does; other scripts keep their marks (Devanagari
 * nukta forms such as "ज़" end the same whichever way they were typed); zero-width joiners dropped.
 */
export function normalizeWord(raw: string): string {
  const folded = raw.normalize('NFKC').toLowerCase().normalize('NFD').replace(LATIN_DIACRITICS, '');
  return folded.replace(ZERO_WIDTH_JOINERS, '').normalize('NFC');
}

function normalizeRun(text: string, start: number, end: number, ascii: boolean): string {
  const raw = text.slice(start, end);
  return ascii ? raw.toLowerCase() : normalizeWord(raw);
}

/** Single characters and overlapping bigrams of a normalized CJK run. */
export function cjkGrams(chars: string[]): string[] {
  if (chars.length === 1) return chars;
  const grams: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) grams.push(chars[i] + chars[i + 1]);
  return grams;
}

export type TokenVisitor = (term: string, position: number) => void;

/** Emits every indexed term of `text` with its word position; returns the position after the text. */
export function visitIndexTerms(text: string, firstPosition: number, visit: TokenVisitor): number {
  let position = firstPosition;
  scanRuns(text, (start, end, cjk, ascii) => {
    if (!cjk) {
      visit(normalizeRun(text, start, end, ascii), position++);
      return;
    }
    const chars = Array.from(text.slice(start, end).normalize('NFKC'));
    for (let i = 0; i < chars.length; i++) {
      visit(chars[i], position + i);
      if (i + 1 < chars.length) visit(chars[i] + chars[i + 1], position + i);
    }
    position += chars.length;
  });
  return position;
}

export type QueryWord =
  | { kind: 'latin'; key: string }
  /** `terms` must all be present: the bigrams of the run, or its only character. */
  | { kind: 'cjk'; key: string; terms: string[] };

export function queryWords(text: string, maxWords = Number.POSITIVE_INFINITY): QueryWord[] {
  const words: QueryWord[] = [];
  scanRuns(text, (start, end, cjk, ascii) => {
    if (words.length >= maxWords) return;
    if (!cjk) {
      words.push({ kind: 'latin', key: normalizeRun(text, start, end, ascii) });
      return;
    }
    const chars = Array.from(text.slice(start, end).normalize('NFKC'));
    words.push({ kind: 'cjk', key: chars.join(''), terms: [...new Set(cjkGrams(chars))] });
  });
  return words;
}

export interface TextRun {
  /** UTF-16 offsets in the original text. */
  start: number;
  end: number;
  cjk: boolean;
  /** Normalized word, or the normalized characters of a CJK run. */
  normalized: string;
}

export function textRuns(text: string): TextRun[] {
  const runs: TextRun[] = [];
  scanRuns(text, (start, end, cjk, ascii) => {
    const normalized = cjk ? text.slice(start, end).normalize('NFKC') : normalizeRun(text, start, end, ascii);
    runs.push({ start, end, cjk, normalized });
  });
  return runs;
}
