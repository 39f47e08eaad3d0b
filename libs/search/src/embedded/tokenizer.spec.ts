import { queryWords, textRuns, visitIndexTerms } from './tokenizer';

function indexTerms(text: string, firstPosition = 0): [string, number][] {
  const terms: [string, number][] = [];
  visitIndexTerms(text, firstPosition, (term, position) => terms.push([term, position]));
  return terms;
}

describe('tokenizer', () => {
  it('lowercases and splits on anything but letters and digits, keeping decimals whole', () => {
    expect(indexTerms('Low-cost PM2.5 sensor, 99.5% uptime.')).toEqual([
      ['low', 0],
      ['cost', 1],
      ['pm2.5', 2],
      ['sensor', 3],
      ['99.5', 4],
      ['uptime', 5],
    ]);
  });

  it('continues positions from where the previous text ended', () => {
    expect(visitIndexTerms('two words', 10, () => undefined)).toBe(12);
    expect(indexTerms('next', 12)).toEqual([['next', 12]]);
  });

  it('applies NFKC, so full-width forms match their ASCII spelling', () => {
    expect(indexTerms('ＰＭ２．５ Ｓｅｎｓｏｒ').map(([term]) => term)).toEqual(['pm2.5', 'sensor']);
  });

  it('folds Latin accents but keeps the marks other scripts need', () => {
    expect(indexTerms('Désulfurisation').map(([term]) => term)).toEqual(['desulfurisation']);
    expect(indexTerms('वायु प्रदूषण').map(([term]) => term)).toEqual(['वायु', 'प्रदूषण'.normalize('NFC')]);
  });

  it('indexes CJK runs as single characters plus overlapping bigrams', () => {
    expect(indexTerms('静电除尘器')).toEqual([
      ['静', 0],
      ['静电', 0],
      ['电', 1],
      ['电除', 1],
      ['除', 2],
      ['除尘', 2],
      ['尘', 3],
      ['尘器', 3],
      ['器', 4],
    ]);
  });

  it('splits where Latin and CJK meet', () => {
    expect(indexTerms('PM2.5监测仪').map(([term]) => term)).toEqual([
      'pm2.5',
      '监',
      '监测',
      '测',
      '测仪',
      '仪',
    ]);
  });

  it('reads query words: Latin words, and CJK runs that need all their bigrams', () => {
    expect(queryWords('ESP 静电除尘 尘')).toEqual([
      { kind: 'latin', key: 'esp' },
      { kind: 'cjk', key: '静电除尘', terms: ['静电', '电除', '除尘'] },
      { kind: 'cjk', key: '尘', terms: ['尘'] },
    ]);
    expect(queryWords('one two three', 2).map((word) => word.key)).toEqual(['one', 'two']);
    expect(queryWords('  --  ')).toEqual([]);
  });

  it('gives runs with offsets into the original text, surrogate pairs included', () => {
    const text = 'Ａir 𠀀除尘!';
    expect(textRuns(text)).toEqual([
      { start: 0, end: 3, cjk: false, normalized: 'air' },
      { start: 4, end: 8, cjk: true, normalized: '𠀀除尘' },
    ]);
  });
});

describe('tokenizer on Devanagari and Sinhala', () => {
  const terms = (text: string) => indexTerms(text).map(([term]) => term);

  it('splits Hindi and Nepali at spaces and danda, never inside a word at a vowel sign or virama', () => {
    expect(terms('ईंट भट्ठों से निकलने वाला धुआँ।')).toEqual(['ईंट', 'भट्ठों', 'से', 'निकलने', 'वाला', 'धुआँ']);
    expect(terms('इँटा भट्टाबाट निस्कने धुवाँ, कालो कार्बन')).toEqual([
      'इँटा',
      'भट्टाबाट',
      'निस्कने',
      'धुवाँ',
      'कालो',
      'कार्बन',
    ]);
  });

  it('keeps Sinhala conjuncts whole and matches them with or without the zero-width joiner', () => {
    expect(terms('ශ්‍රී ලංකාවේ වායු දූෂණය')).toEqual(['ශ්රී', 'ලංකාවේ', 'වායු', 'දූෂණය']);
    expect(queryWords('ශ්රී')).toEqual(queryWords('ශ්‍රී'));
    // A joiner between words is no word of its own.
    expect(terms('वायु \u200d प्रदूषण')).toEqual(['वायु', 'प्रदूषण']);
  });

  it('reads a nukta letter the same whether typed precomposed or as letter plus nukta (NFC)', () => {
    const precomposed = '\u095b\u093f\u0917'; // ज़िग with U+095B
    const decomposed = '\u091c\u093c\u093f\u0917'; // ज + nukta + ि + ग
    expect(terms(precomposed)).toEqual(terms(decomposed));
    expect(queryWords(decomposed)).toEqual([{ kind: 'latin', key: terms(precomposed)[0] }]);
  });

  it('keeps a Devanagari transliteration of PM2.5 whole, and Devanagari digits as a word', () => {
    expect(terms('पीएम2.5 का स्तर १२० है')).toEqual(['पीएम2.5', 'का', 'स्तर', '१२०', 'है']);
  });
});
