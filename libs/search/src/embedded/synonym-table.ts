import { queryWords, type QueryWord } from './tokenizer';

/** Synonyms keyed by their normalized words, so that "ESP", "esp" and " Esp " find the same entry. */
export class SynonymTable {
  private readonly alternativesByKey = new Map<string, QueryWord[][]>();
  readonly longestKey: number;

  constructor(synonyms: Record<string, string[]>) {
    let longestKey = 0;
    for (const [key, alternatives] of Object.entries(synonyms)) {
      const keyWords = queryWords(key);
      if (keyWords.length === 0) continue;
      longestKey = Math.max(longestKey, keyWords.length);
      const normalizedKey = joinKeys(keyWords);
      const known = this.alternativesByKey.get(normalizedKey) ?? [];
      const phrases = alternatives
        .map((alternative) => queryWords(alternative))
        .filter((words) => words.length);
      this.alternativesByKey.set(normalizedKey, [...known, ...phrases]);
    }
    this.longestKey = longestKey;
  }

  alternativesOf(words: QueryWord[]): QueryWord[][] {
    return this.alternativesByKey.get(joinKeys(words)) ?? [];
  }
}

function joinKeys(words: QueryWord[]): string {
  return words.map((word) => word.key).join(' ');
}
