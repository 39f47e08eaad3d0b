import { MAX_QUERY_WORDS } from '../search.types';
import { GrowableInt32Array } from './growable-int32-array';
import type { PhraseMatch, QueryPlan } from './query-plan';
import type { Posting } from './term-dictionary';

/** Marks a slot that does not match a query word. */
export const NO_MATCH = 255;

/**
 * Per query word and slot, how the slot matched it: `code` = typos × 2 + (1 if not an exact term), and the
 * attribute/position meta of that match. Dense arrays reused across searches: filling them costs far less
 * than hashing, and a search runs synchronously so one set per index is enough.
 */
export class MatchScratch {
  readonly codes: Uint8Array[] = [];
  readonly metas: Int32Array[] = [];
  candidates = new Int32Array(0);
  candidateCount = 0;
  /** By slot: the packed relevance of a candidate once measured, NOT_MEASURED before. */
  relevances = new Float64Array(0);
  /**
   * The query text and index generation the scratch was filled for: searches differing only by filters,
   * sort or page (run one after another, as a caller probing with several filters does) reuse it.
   */
  filledFor: { text: string; generation: number; plan: QueryPlan } | undefined;
  private capacity = 0;

  prepare(slotCount: number, wordCount: number): void {
    if (slotCount > this.capacity) {
      this.capacity = Math.max(slotCount, Math.ceil(this.capacity * 1.5), 1024);
      this.codes.length = 0;
      this.metas.length = 0;
      this.candidates = new Int32Array(this.capacity);
      this.relevances = new Float64Array(this.capacity);
    }
    for (let i = 0; i < Math.min(wordCount, MAX_QUERY_WORDS); i++) {
      this.codes[i] ??= new Uint8Array(this.capacity);
      this.metas[i] ??= new Int32Array(this.capacity);
      this.codes[i].fill(NO_MATCH, 0, slotCount);
    }
    this.candidateCount = 0;
    this.filledFor = undefined;
  }
}

export const NOT_MEASURED = -1;

/**
 * Fills the scratch for every query word. Candidates are the slots matching the first word: like
 * Meilisearch's default "last" strategy, later words are dropped from the end when documents lack them,
 * and the words rule ranks those documents lower.
 */
export function collectMatches(plan: QueryPlan, scratch: MatchScratch, slotCount: number): void {
  scratch.prepare(slotCount, plan.wordCount);
  collectWords(plan, scratch);
  for (let c = 0; c < scratch.candidateCount; c++) scratch.relevances[scratch.candidates[c]] = NOT_MEASURED;
}

function collectWords(plan: QueryPlan, scratch: MatchScratch): void {
  const phraseHits = plan.phrases.map(intersectPhrase);
  for (let word = 0; word < plan.wordCount; word++) {
    const collect = word === 0;
    for (const expansion of plan.expansions[word]) {
      applyPairs(
        scratch,
        word,
        expansion.posting.data,
        expansion.posting.length,
        code(expansion.typos, !expansion.exact),
        collect,
      );
    }
    plan.phrases.forEach((phrase, p) => {
      if (phrase.from <= word && word < phrase.to) {
        const hits = phraseHits[p];
        applyPairs(scratch, word, hits.data, hits.length, code(phrase.typos, phrase.typos > 0), collect);
      }
    });
  }
}

function code(typos: number, inexact: boolean): number {
  return typos * 2 + (inexact ? 1 : 0);
}

function applyPairs(
  scratch: MatchScratch,
  word: number,
  pairs: Int32Array,
  length: number,
  matchCode: number,
  collectCandidates: boolean,
): void {
  const codes = scratch.codes[word];
  const metas = scratch.metas[word];
  const candidates = scratch.candidates;
  for (let k = 0; k < length; k += 2) {
    const slot = pairs[k];
    const current = codes[slot];
    if (matchCode > current || (matchCode === current && pairs[k + 1] >= metas[slot])) continue;
    if (current === NO_MATCH && collectCandidates) candidates[scratch.candidateCount++] = slot;
    codes[slot] = matchCode;
    metas[slot] = pairs[k + 1];
  }
}

/** Slots present in every posting, with the meta of the phrase's first term. */
function intersectPhrase(phrase: PhraseMatch): GrowableInt32Array {
  const postings: Posting[] = phrase.postings;
  const result = new GrowableInt32Array(16);
  if (postings.length === 0) return result;
  let driver = 0;
  postings.forEach((posting, i) => {
    if (posting.length < postings[driver].length) driver = i;
  });
  const cursors = new Int32Array(postings.length);
  const drive = postings[driver];
  outer: for (let k = 0; k < drive.length; k += 2) {
    const slot = drive.data[k];
    for (let p = 0; p < postings.length; p++) {
      if (p === driver) continue;
      const found = seek(postings[p], cursors[p], slot);
      cursors[p] = found;
      if (found >= postings[p].length) break outer;
      if (postings[p].data[found] !== slot) continue outer;
    }
    const first = driver === 0 ? k : cursors[0];
    result.push2(slot, postings[0].data[first + 1]);
  }
  return result;
}

/** Index of the first pair at or after `from` whose slot is ≥ `slot` (galloping, then binary search). */
function seek(posting: Posting, from: number, slot: number): number {
  const data = posting.data;
  const pairs = posting.length >> 1;
  let low = from >> 1;
  if (low >= pairs || data[low * 2] >= slot) return low * 2;
  let step = 1;
  let high = low + 1;
  while (high < pairs && data[high * 2] < slot) {
    low = high;
    step *= 2;
    high = low + step;
  }
  high = Math.min(high, pairs);
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (data[mid * 2] < slot) low = mid + 1;
    else high = mid;
  }
  return low * 2;
}
