// @vitest-environment node
import { beforeAll, describe, expect, it } from 'vitest';
import { buildLabels } from './labels';
import { TAXONOMY_HI } from './taxonomy-hi';
import { TAXONOMY_NE } from './taxonomy-ne';
import { TAXONOMY_SI } from './taxonomy-si';
import { loadTaxonomyWords, taxonomyWords } from './taxonomy-words';

const keys = (table: Record<string | number, string> | undefined) => Object.keys(table ?? {}).sort();

describe('taxonomy names in the partner countries’ languages', () => {
  beforeAll(() => Promise.all((['hi', 'ne', 'si'] as const).map(loadTaxonomyWords)));

  it('names sectors, categories, pollutants, deal types and TRL levels in Hindi, Nepali and Sinhala', () => {
    expect(buildLabels(undefined, 'hi').sector('industry.brick-kilns')).toBe('ईंट भट्ठे');
    expect(buildLabels(undefined, 'ne').sector('industry.brick-kilns')).toBe('इँटा भट्टा');
    expect(buildLabels(undefined, 'si').sector('industry.brick-kilns')).toBe('ගඩොල් පෝරණු');
    expect(buildLabels(undefined, 'hi').pollutant('pm2.5')).toBe('सूक्ष्म कण (PM2.5)');
    expect(buildLabels(undefined, 'ne').trl(9)).toBe('वास्तविक प्रणाली सञ्चालन वातावरणमा प्रमाणित');
  });

  it('covers the same ids in every language that has tables, Chinese included', () => {
    const [hi, ne, si, zh] = [TAXONOMY_HI, TAXONOMY_NE, TAXONOMY_SI, taxonomyWords('zh')];
    for (const words of [ne, si]) {
      for (const table of [
        'pollutants',
        'categories',
        'categoryGroups',
        'sectors',
        'dealTypes',
        'trl',
      ] as const) {
        expect(keys(words?.[table])).toEqual(keys(hi?.[table]));
      }
    }
    for (const table of ['categoryGroups', 'sectors', 'dealTypes', 'trl'] as const) {
      expect(keys(hi?.[table])).toEqual(keys(zh?.[table]));
    }
  });

  it('names countries and languages in the UI language through the browser', () => {
    expect(buildLabels(undefined, 'hi').country('NP')).toBe('नेपाल');
    expect(buildLabels(undefined, 'si').country('LK')).toBe('ශ්‍රී ලංකාව');
    expect(buildLabels(undefined, 'ne').language('si')).toBe('सिन्हाली');
  });

  it('falls back to the id when neither the tables nor the API know it', () => {
    expect(buildLabels(undefined, 'si').sector('not-a-sector')).toBe('not-a-sector');
  });

  it('serves the loaded tables, and none for English', () => {
    expect(taxonomyWords('hi')).toBe(TAXONOMY_HI);
    expect(taxonomyWords('en')).toBeUndefined();
  });
});
