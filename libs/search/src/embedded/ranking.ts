import { NO_MATCH, type MatchScratch } from './match-collector';
import { metaAttribute, metaPosition } from './term-dictionary';

/** Cost of two matched words in different attributes; within one attribute the cost is their gap, up to 7. */
const SPLIT_PROXIMITY = 8;

export interface RelevanceParts {
  words: number;
  typos: number;
  attributes: number;
  proximity: number;
  exact: number;
}

/** Ranking rules in order: matched words, typos, attribute importance, proximity, exactness. */
export function measureRelevance(scratch: MatchScratch, wordCount: number, slot: number): RelevanceParts {
  const parts: RelevanceParts = { words: 0, typos: 0, attributes: 0, proximity: 0, exact: 0 };
  let previousMatched = false;
  let previousAttribute = 0;
  let previousPosition = 0;
  for (let word = 0; word < wordCount; word++) {
    const matchCode = scratch.codes[word][slot];
    if (matchCode === NO_MATCH) {
      previousMatched = false;
      continue;
    }
    const meta = scratch.metas[word][slot];
    const attribute = metaAttribute(meta);
    const position = metaPosition(meta);
    parts.words++;
    parts.typos += matchCode >> 1;
    if ((matchCode & 1) === 0) parts.exact++;
    parts.attributes += attribute;
    if (previousMatched) {
      parts.proximity +=
        attribute === previousAttribute ? gapCost(position - previousPosition) : SPLIT_PROXIMITY;
    }
    previousMatched = true;
    previousAttribute = attribute;
    previousPosition = position;
  }
  return parts;
}

function gapCost(gap: number): number {
  return Math.min(gap > 0 ? gap - 1 : 1 - gap, 7);
}

/** One number that orders like the rules: higher is better. */
export function packRelevance(parts: RelevanceParts): number {
  return (
    parts.words * 2 ** 44 +
    (31 - Math.min(parts.typos, 31)) * 2 ** 39 +
    (4095 - Math.min(parts.attributes, 4095)) * 2 ** 27 +
    (127 - Math.min(parts.proximity, 127)) * 2 ** 20 +
    Math.min(parts.exact, 15) * 2 ** 16
  );
}

/** A 0–1 score for display, in the spirit of Meilisearch's ranking score; ordering uses packRelevance. */
export function normalizedScore(parts: RelevanceParts, wordCount: number, attributeCount: number): number {
  if (wordCount === 0 || parts.words === 0) return 0;
  const words = parts.words / wordCount;
  const typos = 1 - parts.typos / (2 * parts.words + 1);
  const attribute = 1 - parts.attributes / (parts.words * Math.max(attributeCount, 1));
  const proximity = parts.words > 1 ? 1 - parts.proximity / ((parts.words - 1) * SPLIT_PROXIMITY) : 1;
  const exact = parts.exact / parts.words;
  const score = words * (0.6 + 0.15 * typos + 0.1 * attribute + 0.1 * proximity + 0.05 * exact);
  return Math.round(score * 10_000) / 10_000;
}

/** True when the first hit ranks before the second. */
export type HitOrder = (slotA: number, relevanceA: number, slotB: number, relevanceB: number) => boolean;

export const byRelevance: HitOrder = (slotA, relevanceA, slotB, relevanceB) =>
  relevanceA > relevanceB || (relevanceA === relevanceB && slotA < slotB);

/** Keeps the best `capacity` hits seen, with the worst kept one at the root of a heap. */
export class TopHits {
  private readonly slots: Int32Array;
  private readonly relevances: Float64Array;
  private size = 0;

  constructor(
    private readonly capacity: number,
    private readonly ranksBefore: HitOrder,
  ) {
    this.slots = new Int32Array(capacity);
    this.relevances = new Float64Array(capacity);
  }

  offer(slot: number, relevance: number): void {
    if (this.size < this.capacity) {
      this.slots[this.size] = slot;
      this.relevances[this.size] = relevance;
      this.siftUp(this.size++);
    } else if (this.capacity > 0 && this.ranksBefore(slot, relevance, this.slots[0], this.relevances[0])) {
      this.slots[0] = slot;
      this.relevances[0] = relevance;
      this.siftDown(0);
    }
  }

  bestFirst(): number[] {
    const order = Array.from({ length: this.size }, (_, i) => i);
    order.sort((a, b) => (this.before(a, b) ? -1 : this.before(b, a) ? 1 : 0));
    return order.map((i) => this.slots[i]);
  }

  private before(i: number, j: number): boolean {
    return this.ranksBefore(this.slots[i], this.relevances[i], this.slots[j], this.relevances[j]);
  }

  private siftUp(index: number): void {
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.before(parent, child)) return;
      this.swap(parent, child);
      child = parent;
    }
  }

  private siftDown(index: number): void {
    let parent = index;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let worst = parent;
      if (left < this.size && this.before(worst, left)) worst = left;
      if (right < this.size && this.before(worst, right)) worst = right;
      if (worst === parent) return;
      this.swap(parent, worst);
      parent = worst;
    }
  }

  private swap(i: number, j: number): void {
    const slot = this.slots[i];
    this.slots[i] = this.slots[j];
    this.slots[j] = slot;
    const relevance = this.relevances[i];
    this.relevances[i] = this.relevances[j];
    this.relevances[j] = relevance;
  }
}
