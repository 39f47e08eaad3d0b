import { TECHNOLOGY_FACETS, TECHNOLOGY_INDEX_SETTINGS } from '@3ipet/catalog';
import { LIBRARY_FACETS, LIBRARY_INDEX_SETTINGS } from '@3ipet/library';
import { NEED_FACETS, NEED_INDEX_SETTINGS } from '@3ipet/needs';
import { IndexSettings, MeiliOpenApiValidator, toMeiliSettings } from '@3ipet/search';

const validator = new MeiliOpenApiValidator();

/** What the app's real index settings become on Meilisearch, checked against its OpenAPI document. */
describe.each([
  ['technologies', TECHNOLOGY_INDEX_SETTINGS, TECHNOLOGY_FACETS],
  ['needs', NEED_INDEX_SETTINGS, NEED_FACETS],
  ['library', LIBRARY_INDEX_SETTINGS, LIBRARY_FACETS],
] as [string, IndexSettings, readonly string[]][])(
  'the %s index on Meilisearch',
  (index, settings, facets) => {
    const meili = toMeiliSettings(settings);

    it('sends settings the Meilisearch document allows', () => {
      const violations = validator.check({
        method: 'PATCH',
        path: `/indexes/${index}/settings`,
        query: {},
        headers: { authorization: 'Bearer key', 'content-type': 'application/json' },
        body: meili,
        status: 202,
        answer: {
          taskUid: 1,
          indexUid: index,
          status: 'enqueued',
          type: 'settingsUpdate',
          enqueuedAt: new Date().toISOString(),
        },
      });
      expect(violations).toEqual([]);
    });

    it('makes every filter, facet and sort of the index settings usable, from that one list', () => {
      const filterable = (meili.filterableAttributes ?? []).flatMap((rule) =>
        typeof rule === 'string' ? [rule] : rule.attributePatterns,
      );
      expect(filterable).toEqual(settings.filterableAttributes);
      expect(filterable).toEqual(expect.arrayContaining([...facets]));
      expect(meili.sortableAttributes).toEqual(settings.sortableAttributes);
      expect(meili.searchableAttributes).toEqual(settings.searchableAttributes);
      expect(meili.rankingRules?.[0]).toBe('sort');
    });

    it('finds synonyms both ways', () => {
      for (const [term, others] of Object.entries(settings.synonyms)) {
        for (const other of others) expect(meili.synonyms?.[other]).toContain(term);
      }
    });
  },
);

it('segments Chinese, Hindi, Nepali and Sinhala translations of listings by their language', () => {
  const rules = toMeiliSettings(TECHNOLOGY_INDEX_SETTINGS).localizedAttributes ?? [];
  expect(rules).toContainEqual({ attributePatterns: ['categoryLabelZh'], locales: ['cmn'] });
  const translations = rules.find((rule) => rule.attributePatterns.includes('translations.*'));
  expect(translations?.locales).toEqual(expect.arrayContaining(['cmn', 'hin', 'nep', 'sin']));
});

it('segments the Chinese, Hindi, Nepali and Sinhala translations of needs by their language', () => {
  expect(NEED_INDEX_SETTINGS.searchableAttributes).toContain('translations');
  const rules = toMeiliSettings(NEED_INDEX_SETTINGS).localizedAttributes ?? [];
  const translations = rules.find((rule) => rule.attributePatterns.includes('translations.*'));
  expect(translations?.locales).toEqual(expect.arrayContaining(['cmn', 'hin', 'nep', 'sin']));
});
