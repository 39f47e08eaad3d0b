import { highlightText } from './highlighter';
import type { MatchedTerms } from './query-plan';

const matched = (latin: string[], cjkGrams: string[] = [], latinPrefix?: string): MatchedTerms => ({
  latin: new Set(latin),
  cjkGrams: new Set(cjkGrams),
  latinPrefix,
});

describe('highlightText', () => {
  it('wraps matched words, keeping their original spelling', () => {
    expect(highlightText('Electrostatic Precipitator, dry type', matched(['precipitator']))).toBe(
      'Electrostatic <mark>Precipitator</mark>, dry type',
    );
  });

  it('escapes HTML around and inside marks', () => {
    expect(highlightText('<script>alert("x")</script> & Co\'s ESP', matched(['esp', 'script']))).toBe(
      '&lt;<mark>script</mark>&gt;alert(&quot;x&quot;)&lt;/<mark>script</mark>&gt; &amp; Co&#39;s <mark>ESP</mark>',
    );
  });

  it('marks words that start with the last query word', () => {
    expect(highlightText('Precipitators and precision', matched([], [], 'precip'))).toBe(
      '<mark>Precipitators</mark> and precision',
    );
  });

  it('marks the matched part of a CJK run, joining overlapping bigrams', () => {
    expect(highlightText('高效静电除尘器', matched([], ['静电', '电除', '除尘']))).toBe(
      '高效<mark>静电除尘</mark>器',
    );
    expect(highlightText('烟气脱硫, 脱硝', matched([], ['脱硫']))).toBe('烟气<mark>脱硫</mark>, 脱硝');
  });

  it('keeps offsets right around characters outside the basic plane', () => {
    expect(highlightText('𠀀除尘 dust', matched(['dust'], ['除尘']))).toBe(
      '𠀀<mark>除尘</mark> <mark>dust</mark>',
    );
  });

  it('returns the escaped text when nothing matched', () => {
    expect(highlightText('a < b', matched(['c']))).toBe('a &lt; b');
  });
});
