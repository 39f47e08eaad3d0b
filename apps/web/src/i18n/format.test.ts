// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatNumber, formatUsdRange } from './format';
import { localeOf } from './index';

describe('cost ranges', () => {
  it('writes both ends of a range in one format per language', () => {
    const zh = formatUsdRange(900_000, 3_500_000, 'zh')!;
    expect(zh).toBe('US$90万 – US$350万');
    const en = formatUsdRange(900_000, 3_500_000, 'en')!;
    expect(en).toBe('US$900k – US$3.5m');
  });

  it('keeps small ranges in full figures', () => {
    expect(formatUsdRange(20_000, 80_000, 'en')).toBe('US$20,000 – US$80,000');
    expect(formatUsdRange(undefined, 500, 'en')).toBe('≤ US$500');
    expect(formatUsdRange(null, null, 'zh')).toBeUndefined();
  });
});

describe('the partner countries’ languages', () => {
  const march = '2026-03-05T14:30:00Z';
  // Intl puts no-break spaces between figure and unit; the expectations are written with plain ones.
  const plain = (text: string | undefined) => text?.replace(/\s/gu, ' ');

  it('groups Indian, Nepali and Sri Lankan figures the way each locale does', () => {
    expect(formatNumber(1_234_567.5, 'hi')).toBe('12,34,567.5');
    // Intl writes Nepali in Devanagari digits by default, Hindi and Sinhala in Latin ones: kept as given.
    expect(formatNumber(1_234_567.5, 'ne')).toBe('१२,३४,५६७.५');
    expect(formatNumber(1_234_567.5, 'si')).toBe('1,234,567.5');
  });

  it('writes dates with the month named in the language', () => {
    expect(formatDate(march, 'hi', 'UTC')).toBe('5 मार्च 2026');
    expect(formatDate(march, 'ne', 'UTC')).toBe('२०२६ मार्च ५');
    expect(formatDate(march, 'si', 'UTC')).toBe('2026 මැදින් 5');
    expect(formatDateTime(march, 'ne', 'Asia/Kathmandu')).toBe('२०२६ मार्च ५, २०:१५');
  });

  it('writes money in lakh for Hindi and Nepali, both ends of a range alike', () => {
    expect(plain(formatUsdRange(900_000, 3_500_000, 'hi'))).toBe('$9 लाख – $35 लाख');
    expect(plain(formatUsdRange(900_000, 3_500_000, 'ne'))).toBe('US$ ९ लाख – US$ ३५ लाख');
    expect(formatUsdRange(20_000, 80_000, 'si')).toBe('US$20,000 – US$80,000');
  });
});

describe('locales a browser lacks', () => {
  const chromiumLike = (tag: string) => !/^(ne|si)\b/.test(tag); // Chromium ships no ne or si data

  it('uses each language’s own locale where Intl has it', () => {
    expect(localeOf('ne', () => true)).toBe('ne-NP');
    expect(localeOf('si', () => true)).toBe('si-LK');
    expect(localeOf('hi', chromiumLike)).toBe('hi-IN');
  });

  it('falls back to Hindi with Devanagari digits for Nepali, and British English for Sinhala', () => {
    expect(localeOf('ne', chromiumLike)).toBe('hi-IN-u-nu-deva');
    expect(localeOf('si', chromiumLike)).toBe('en-GB');
    expect(new Intl.NumberFormat(localeOf('ne', chromiumLike)).format(1_234_567)).toBe('१२,३४,५६७');
  });
});
