// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { en } from './en';
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
const chinese = flatten(zh as Tree);
const exists = (strings: Map<string, string>, key: string) =>
  strings.has(key) || (strings.has(`${key}_one`) && strings.has(`${key}_other`));

describe('UI strings', () => {
  it('has a Chinese string for every English one, none left empty or untranslated', () => {
    expect([...chinese.keys()].sort()).toEqual([...english.keys()].sort());
    const untranslated = [...english].filter(
      ([key, text]) => /[a-z]{4,}/i.test(text) && chinese.get(key) === text,
    );
    expect(untranslated).toEqual([]);
    expect([...chinese.values()].filter((text) => text.trim() === '')).toEqual([]);
  });

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
