// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { hi } from './hi';
import { uiLanguageOf } from './index';
import { ne } from './ne';
import { si } from './si';
import { zh } from './zh';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [k, v] of flatten(value, path)) entries.set(k, v);
  }
  return entries;
}

/** The app's own source text (tests left out), read through Vite so no Node API is needed. */
const SOURCES = import.meta.glob(['../**/*.{ts,tsx}', '!../**/*.test.{ts,tsx}'], {
  query: '?raw',
  import: 'default',
  eager: true,
}) as Record<string, string>;

const english = flatten(en);
const TRANSLATIONS = { zh, hi, ne, si } as const;
const exists = (strings: Map<string, string>, key: string) =>
  strings.has(key) || (strings.has(`${key}_one`) && strings.has(`${key}_other`));

/** What may stay as in English: the brand, pollutant formulas, units, standards and codes, and placeholders. */
const KEPT_AS_WRITTEN =
  /\{\{[^}]*\}\}|\b(?:3iPET|PM2\.5|PM10|NOx|SO2|VOCs?|CEMS|TRL|USD|CSV|JSON|API|ISO|BCP|URL|https?:\/\/\S+)\b/g;
const needsTranslation = (text: string) => /[a-z]{4,}/i.test(text.replace(KEPT_AS_WRITTEN, ''));
const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)/g)].map((m) => m[1]).sort();
const tags = (text: string) => [...text.matchAll(/<\/?[\w-]+\s*\/?>/g)].map((m) => m[0]).sort();

describe.each(Object.entries(TRANSLATIONS))('UI strings in %s', (_language, strings) => {
  const translated = flatten(strings as Tree);

  it('has a string for every English one, none left empty or untranslated', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
    const untranslated = [...english].filter(
      ([key, text]) => needsTranslation(text) && translated.get(key) === text,
    );
    expect(untranslated).toEqual([]);
    expect([...translated.values()].filter((text) => text.trim() === '')).toEqual([]);
  });

  it('keeps every interpolation placeholder and markup tag of the English string', () => {
    const differing = [...english].filter(([key, text]) => {
      const other = translated.get(key) ?? '';
      return (
        JSON.stringify(placeholders(other)) !== JSON.stringify(placeholders(text)) ||
        JSON.stringify(tags(other)) !== JSON.stringify(tags(text))
      );
    });
    expect(differing.map(([key]) => key)).toEqual([]);
  });
});

describe('UI strings', () => {
  it('defines every key the code asks for by name', () => {
    const used = new Set<string>();
    for (const source of Object.values(SOURCES)) {
      for (const match of source.matchAll(/\bt\(\s*'([a-zA-Z][\w.-]*)'/g)) used.add(match[1]);
    }
    expect(used.size).toBeGreaterThan(200);
    expect([...used].filter((key) => !exists(english, key))).toEqual([]);
  });

  it('names every status, kind and score component the API can send', () => {
    const families: Record<string, string[]> = {
      'status.technology': ['draft', 'submitted', 'changes_requested', 'published', 'archived', 'expired'],
      'status.need': ['draft', 'open', 'closed'],
      'status.match': ['proposed', 'withdrawn', 'rejected', 'introduced', 'connected', 'declined'],
      'status.response': ['interested', 'declined'],
      'match.components': [
        'pollutantCoverage',
        'sectorFit',
        'textRelevance',
        'geography',
        'trlFit',
        'costFit',
      ],
      'events.kinds': ['workshop', 'conference', 'webinar', 'delegation'],
      'organization.kinds': ['vendor', 'agency'],
      roles: ['vendor', 'agency', 'admin'],
      'search.sorts': ['relevance', 'newest', 'trl', 'cost'],
    };
    const missing = Object.entries(families).flatMap(([family, members]) =>
      members.map((member) => `${family}.${member}`).filter((key) => !exists(english, key)),
    );
    expect(missing).toEqual([]);
  });
});

describe('the browser’s language', () => {
  it('maps BCP 47 tags to a UI language by their primary subtag', () => {
    expect(['hi-IN', 'ne-NP', 'si-LK', 'zh-Hant-TW', 'en_GB', 'NE'].map(uiLanguageOf)).toEqual([
      'hi',
      'ne',
      'si',
      'zh',
      'en',
      'ne',
    ]);
    expect([uiLanguageOf('ta-LK'), uiLanguageOf(''), uiLanguageOf(null)]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });
});
