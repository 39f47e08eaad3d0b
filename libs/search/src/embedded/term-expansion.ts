import type { Posting, TermDictionary } from './term-dictionary';
import { scanSameInitial, typoBudget } from './typo-scan';

export interface Expansion {
  term: string;
  posting: Posting;
  typos: number;
  /** The term is the query word itself, not a prefix extension or a typo. */
  exact: boolean;
}

/** Beyond this many prefix or typo extensions of one word, only the most frequent terms are kept. */
const MAX_EXTENSIONS_PER_WORD = 64;

/** The indexed terms a Latin query word stands for: itself, its typo variants and (last word) its extensions. */
export function expandWord(
  terms: TermDictionary,
  word: string,
  options: { prefix: boolean; typoTolerance: boolean },
): Expansion[] {
  const typosByTerm = new Map<string, number>();
  const keep = (term: string, typos: number): void => {
    const known = typosByTerm.get(term);
    if (known === undefined || typos < known) typosByTerm.set(term, typos);
  };

  const budget = options.typoTolerance ? typoBudget(word) : 0;
  if (budget > 0) {
    scanSameInitial(terms.sortedTerms(), word, budget, options.prefix, keep);
    // A typo on the first letter counts twice, so only a 2-typo budget can afford one more edit there.
    if (budget >= 2) visitInitialTypos(terms, word, options.prefix, (term) => keep(term, 2));
  } else if (options.prefix) {
    for (const term of mostFrequentInRange(terms, word)) keep(term, 0);
  }

  const exact = terms.get(word);
  typosByTerm.delete(word);
  const extensions = [...typosByTerm]
    .map(([term, typos]) => ({ term, posting: terms.get(term) as Posting, typos, exact: false }))
    .sort((a, b) => a.typos - b.typos || b.posting.length - a.posting.length)
    .slice(0, MAX_EXTENSIONS_PER_WORD);
  return exact ? [{ term: word, posting: exact, typos: 0, exact: true }, ...extensions] : extensions;
}

function visitInitialTypos(
  terms: TermDictionary,
  word: string,
  prefix: boolean,
  visit: (term: string) => void,
): void {
  const rest = word.slice(1);
  const candidates = [rest, word[1] + word[0] + word.slice(2)];
  for (const initial of terms.initials()) {
    if (initial === word[0]) continue;
    candidates.push(initial + rest, initial + word);
  }
  const sorted = terms.sortedTerms();
  for (const candidate of candidates) {
    if (!prefix) {
      if (terms.get(candidate)) visit(candidate);
      continue;
    }
    const [from, to] = terms.prefixRange(candidate);
    for (let i = from; i < to; i++) visit(sorted[i]);
  }
}

/** The MAX_EXTENSIONS_PER_WORD + 1 most frequent terms starting with `prefix` (a short prefix has thousands). */
function mostFrequentInRange(terms: TermDictionary, prefix: string): string[] {
  const [from, to] = terms.prefixRange(prefix);
  const sorted = terms.sortedTerms();
  const postings = terms.postingsInTermOrder();
  const wanted = MAX_EXTENSIONS_PER_WORD + 1;
  if (to - from <= wanted) return sorted.slice(from, to);
  // A min-heap of indexes keyed by frequency: the root is the least frequent term kept so far.
  const heap: number[] = [];
  const frequency = (i: number): number => postings[i].length;
  const siftDown = (start: number): void => {
    let parent = start;
    for (;;) {
      const left = parent * 2 + 1;
      let least = parent;
      if (left < heap.length && frequency(heap[left]) < frequency(heap[least])) least = left;
      if (left + 1 < heap.length && frequency(heap[left + 1]) < frequency(heap[least])) least = left + 1;
      if (least === parent) return;
      [heap[parent], heap[least]] = [heap[least], heap[parent]];
      parent = least;
    }
  };
  for (let i = from; i < to; i++) {
    if (heap.length < wanted) {
      heap.push(i);
      if (heap.length === wanted) for (let k = (wanted >> 1) - 1; k >= 0; k--) siftDown(k);
    } else if (frequency(i) > frequency(heap[0])) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap.map((i) => sorted[i]);
}
