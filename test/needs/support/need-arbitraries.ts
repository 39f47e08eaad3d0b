import fc from 'fast-check';
import { idList, text } from './fuzz';

/** Need request bodies for the property tests: mostly valid, with every kind of wrong value mixed in. */

const DAY_MS = 24 * 60 * 60 * 1000;
/** Stands for "the need's current version", filled in when the request is sent. */
export const CURRENT_VERSION = -424242;

const inDays = (days: number) => new Date(Date.now() + days * DAY_MS);
const deadline = fc.oneof(
  { weight: 5, arbitrary: fc.integer({ min: 1, max: 900 }).map((days) => inDays(days).toISOString()) },
  {
    weight: 2,
    arbitrary: fc.integer({ min: 1, max: 900 }).map((days) => inDays(days).toISOString().slice(0, 10)),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      '2020-01-01',
      '2030-02-30',
      '2999-01-01',
      'tomorrow',
      '2030-01-01T10:00:00',
      '2030-01-01T25:00:00Z',
      '2030-01-01T10:00:00+15:00',
      '2030-06-30T23:59:59.999+05:45',
      '0000-01-01',
      '+275760-09-13',
    ),
  },
);
const money = fc.oneof(
  { weight: 12, arbitrary: fc.integer({ min: 0, max: 5_000_000 }) },
  fc.constantFrom(null, -1, 1.5, 1e13, '1000'),
);
/** Mostly an ordered range, sometimes upside down or junk. */
const budget = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(money, money)
      .map(([a, b]) => (typeof a === 'number' && typeof b === 'number' && a > b ? [b, a] : [a, b])),
  },
  { weight: 1, arbitrary: fc.tuple(money, money) },
);
/** Translations: mostly one per language, sometimes a repeat, English, a blank title or junk in a row. */
const translation = fc.record(
  {
    language: fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom('ne', 'hi', 'si', 'zh') },
      fc.constantFrom('en', 'xx', ''),
    ),
    title: text(200),
    description: text(10_000),
  },
  { requiredKeys: ['language'] },
);
const translations = fc.oneof(
  { weight: 4, arbitrary: fc.uniqueArray(translation, { maxLength: 3, selector: (t) => t.language }) },
  fc.array(translation, { maxLength: 3 }),
  fc.constantFrom(null, 'ne', [null], [{}]),
);
const needFields = {
  title: text(200),
  description: text(10_000),
  translations,
  pollutants: idList(['pm2.5', 'pm10', 'black-carbon', 'nox', 'so2']),
  sectors: idList(['industry', 'industry.brick-kilns', 'transport.vehicles', 'agriculture']),
  country: fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom('NP', 'IN', 'LK', 'BD') },
    fc.constantFrom('np', 'XX', 'NPL', ''),
  ),
  city: text(100),
  budgetMinUsd: money,
  budgetMaxUsd: money,
  minTrl: fc.oneof(
    { weight: 6, arbitrary: fc.integer({ min: 1, max: 9 }) },
    fc.constantFrom(0, 10, null, '5', 7.5),
  ),
  dealTypes: idList(['sale', 'licence', 'pilot', 'joint-venture']),
  deadline,
  languages: idList(['en', 'ne', 'hi', 'si', 'zh'], ['klingon', 'EN', '']),
};
const required = [
  'title',
  'description',
  'pollutants',
  'sectors',
  'country',
  'city',
  'deadline',
] as (keyof typeof needFields)[];
const withBudget = (fields: Partial<Record<keyof typeof needFields, unknown>>, range: unknown[]) => {
  const [budgetMinUsd, budgetMaxUsd] = range;
  return {
    ...fields,
    ...('budgetMinUsd' in fields ? { budgetMinUsd } : {}),
    ...('budgetMaxUsd' in fields ? { budgetMaxUsd } : {}),
  };
};
export const needBody = fc
  .tuple(fc.record(needFields, { requiredKeys: required }), budget)
  .map(([fields, range]) => withBudget(fields, range));
export const needPatch = fc
  .tuple(
    fc.record(needFields, { requiredKeys: [] }),
    budget,
    fc.oneof({ weight: 8, arbitrary: fc.constant(CURRENT_VERSION) }, fc.constantFrom(1, 0, -1, '2', null)),
  )
  .map(([fields, range, version]) => ({ ...withBudget(fields, range), version }));
export const closeBody = fc.record(
  {
    reason: fc.oneof(
      { weight: 5, arbitrary: fc.constantFrom('solved', 'withdrawn') },
      fc.constantFrom('expired', 'SOLVED', '', null),
    ),
    note: text(2000),
    version: fc.oneof(
      { weight: 6, arbitrary: fc.constant(CURRENT_VERSION) },
      fc.constantFrom(1, 0, '2', null),
    ),
  },
  { requiredKeys: ['reason'] },
);
export const NEED_FIELDS = [...Object.keys(needFields), 'version'];
