import { MAX_QUERY_WORDS } from '../search.types';
import type { SynonymTable } from './synonym-table';
import type { Posting, TermDictionary } from './term-dictionary';
import { expandWord, type Expansion } from './term-expansion';
import { queryWords, type QueryWord } from './tokenizer';

/** Documents holding every posting match the query words `from` to `to` (exclusive) at once. */
export interface PhraseMatch {
  from: number;
  to: number;
  typos: number;
  postings: Posting[];
}

/** What highlighting needs to know of a query: the terms that matched, and how. */
export interface MatchedTerms {
  latin: Set<string>;
  /** The last query word, which also matches as a prefix. */
  latinPrefix?: string;
  cjkGrams: Set<string>;
}

export interface QueryPlan {
  wordCount: number;
  /** Per query word, the single terms any of which match it. */
  expansions: Expansion[][];
  phrases: PhraseMatch[];
  matched: MatchedTerms;
}

export interface PlanOptions {
  synonyms: SynonymTable;
  typoTolerance: boolean;
}

/**
 * Turns query text into what to look up. Query words follow Meilisearch: the last one also matches as a
 * prefix, Latin words tolerate typos by length, a word also matches as two ("zigzag" → "zig zag") and two
 * neighbouring words as one ("zig zag" → "zigzag"), each for one typo, and a synonym of a run of words
 * matches in its place.
 */
export function planQuery(text: string, terms: TermDictionary, options: PlanOptions): QueryPlan {
  const words = queryWords(text, MAX_QUERY_WORDS);
  const matched: MatchedTerms = { latin: new Set(), cjkGrams: new Set() };
  const expansions: Expansion[][] = [];
  const phrases: PhraseMatch[] = [];

  words.forEach((word, i) => {
    if (word.kind === 'cjk') {
      expansions.push([]);
      addPhrase(phrases, terms, i, i + 1, 0, [word], matched);
      return;
    }
    const isLast = i === words.length - 1;
    const found = expandWord(terms, word.key, { prefix: isLast, typoTolerance: options.typoTolerance });
    expansions.push(found);
    for (const expansion of found) matched.latin.add(expansion.term);
    if (isLast) matched.latinPrefix = word.key;
    if (options.typoTolerance) {
      const split = bestSplit(terms, word.key);
      if (split) addPhrase(phrases, terms, i, i + 1, 1, split, matched);
    }
  });

  for (let from = 0; from < words.length; from++) {
    const next = words[from + 1];
    if (options.typoTolerance && next && words[from].kind === 'latin' && next.kind === 'latin') {
      const concatenated: QueryWord = { kind: 'latin', key: words[from].key + next.key };
      addPhrase(phrases, terms, from, from + 2, 1, [concatenated], matched);
    }
    for (let to = from + 1; to <= Math.min(words.length, from + options.synonyms.longestKey); to++) {
      for (const alternative of options.synonyms.alternativesOf(words.slice(from, to))) {
        addPhrase(phrases, terms, from, to, 0, alternative, matched);
      }
    }
  }
  return { wordCount: words.length, expansions, phrases, matched };
}

/** Records a phrase when every one of its terms is indexed; otherwise it can match nothing. */
function addPhrase(
  phrases: PhraseMatch[],
  terms: TermDictionary,
  from: number,
  to: number,
  typos: number,
  words: QueryWord[],
  matched: MatchedTerms,
): void {
  const needed = words.flatMap((word) => (word.kind === 'cjk' ? word.terms : [word.key]));
  const postings = needed.map((term) => terms.get(term));
  if (postings.some((posting) => posting === undefined)) return;
  phrases.push({ from, to, typos, postings: postings as Posting[] });
  for (const word of words) {
    if (word.kind === 'cjk') word.terms.forEach((gram) => matched.cjkGrams.add(gram));
    else matched.latin.add(word.key);
  }
}

/**
 * The split of a word into two indexed terms whose rarer half is the most frequent, as Meilisearch picks
 * it. Halves of one letter are left out: "a" + "bag" would mostly find noise.
 */
function bestSplit(terms: TermDictionary, word: string): QueryWord[] | undefined {
  let best: QueryWord[] | undefined;
  let bestFrequency = 0;
  for (let at = 2; at <= word.length - 2; at++) {
    const left = terms.get(word.slice(0, at));
    const right = left && terms.get(word.slice(at));
    if (!left || !right) continue;
    const frequency = Math.min(left.length, right.length);
    if (frequency > bestFrequency) {
      bestFrequency = frequency;
      best = [
        { kind: 'latin', key: word.slice(0, at) },
        { kind: 'latin', key: word.slice(at) },
      ];
    }
  }
  return best;
}
