/**
 * Turning free text into comparable terms, the same way for needs and listings: lower case, a light English
 * stemmer, domain phrases folded into one token ("electrostatic precipitator" → `esp`), stopwords dropped.
 */
interface Phrase {
  words: readonly string[];
  canonical: string;
}

export interface TextVocabulary {
  /** Stemmed single-word alternatives → the group's canonical token. */
  readonly singleWords: ReadonlyMap<string, string>;
  /** Stemmed multi-word alternatives by their first word, longest first, with their canonical token. */
  readonly phrasesByFirstWord: ReadonlyMap<string, readonly Phrase[]>;
  readonly stopwords: ReadonlySet<string>;
}

/** `stopwords` may hold phrases and synonyms; they are dropped in their canonical form ("soot" → black carbon). */
export function buildVocabulary(
  synonymGroups: readonly (readonly string[])[],
  stopwords: readonly string[],
): TextVocabulary {
  const singleWords = new Map<string, string>();
  const phrasesByFirstWord = new Map<string, Phrase[]>();
  for (const group of synonymGroups) {
    const canonical = words(group[0]).map(stem).join('');
    for (const alternative of group) {
      const stems = words(alternative).map(stem);
      if (stems.length === 1) singleWords.set(stems[0], canonical);
      else if (stems.length > 1) {
        const same = phrasesByFirstWord.get(stems[0]) ?? [];
        same.push({ words: stems, canonical });
        phrasesByFirstWord.set(
          stems[0],
          same.sort((a, b) => b.words.length - a.words.length),
        );
      }
    }
  }
  const withoutStopwords: TextVocabulary = { singleWords, phrasesByFirstWord, stopwords: new Set() };
  return {
    singleWords,
    phrasesByFirstWord,
    stopwords: new Set(stopwords.flatMap((text) => termsOf(text, withoutStopwords))),
  };
}

/** The terms of a text, in order, duplicates kept. */
export function termsOf(text: string, vocabulary: TextVocabulary): string[] {
  const stems = rawTokens(text).map(stemOnce);
  const terms: string[] = [];
  for (let i = 0; i < stems.length; i++) {
    const phrase = vocabulary.phrasesByFirstWord
      .get(stems[i])
      ?.find(({ words }) => words.every((word, k) => stems[i + k] === word));
    const term = phrase ? phrase.canonical : (vocabulary.singleWords.get(stems[i]) ?? stems[i]);
    if (phrase) i += phrase.words.length - 1;
    // "zig-zag" yields zigzag (joined) then zig zag (a phrase for zigzag): one term, not two.
    const repeated = terms[terms.length - 1] === term;
    if (!repeated && !vocabulary.stopwords.has(term) && isMeaningful(term)) terms.push(term);
  }
  return terms;
}

/** A run of letters and digits, with inner dots and hyphens ("pm2.5", "zig-zag"). */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}.-]*[\p{L}\p{N}])?/gu;
const ASCII = /^[ -~\s]*$/;

const chunksOf = (text: string): string[] => {
  const lower = text.toLowerCase();
  return (ASCII.test(lower) ? lower : lower.normalize('NFKC')).match(WORD) ?? [];
};

/** The plain words of a text; a hyphenated compound is its parts. */
const words = (text: string) =>
  chunksOf(text).flatMap((chunk) => chunk.split('-').filter((part) => part !== ''));

/** Like `words`, and a hyphenated compound also counts as one joined word ("zig-zag" → zigzag, zig, zag). */
function rawTokens(text: string): string[] {
  const tokens: string[] = [];
  for (const chunk of chunksOf(text)) {
    if (!chunk.includes('-')) {
      tokens.push(chunk);
      continue;
    }
    const parts = chunk.split('-').filter((part) => part !== '');
    if (parts.length > 1) tokens.push(parts.join(''));
    tokens.push(...parts);
  }
  return tokens;
}

const isMeaningful = (term: string) => term.length >= 2 && /\p{L}/u.test(term);

/** Listings repeat the same few thousand words: stemming each once keeps scoring 100k listings cheap. */
const STEMS = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

function stemOnce(word: string): string {
  let stemmed = STEMS.get(word);
  if (stemmed === undefined) {
    if (STEMS.size >= STEM_CACHE_LIMIT) STEMS.clear();
    stemmed = stem(word);
    STEMS.set(word, stemmed);
  }
  return stemmed;
}

/** Enough stemming to meet "kilns"/"kiln", "buses"/"bus" and "filters"/"filtering", not a full Porter stemmer. */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  if (word.endsWith('ies') && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|x|z|ch|sh)es$/.test(word) || /[^s]ses$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('ing') && word.length > 5) return undouble(word.slice(0, -3));
  if (word.endsWith('ed') && word.length > 4 && !word.endsWith('eed')) return undouble(word.slice(0, -2));
  if (word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** "running" → runn → run, "stopped" → stopp → stop; "fill" and "press" keep their double letter. */
const undouble = (word: string) =>
  /([b-df-hj-kmnp-rtv-z])\1$/.test(word) && !/(ll|ss|ff|zz)$/.test(word) ? word.slice(0, -1) : word;
