import { toMeiliFilter, toMeiliLiteral, toMeiliSort } from './meili-query';

describe('toMeiliFilter', () => {
  it('writes one expression per clause, quoting strings and leaving numbers and booleans bare', () => {
    expect(
      toMeiliFilter([
        { field: 'pollutants', op: 'in', values: ['PM2.5', 'NOx'] },
        { field: 'trl', op: 'gte', value: 6 },
        { field: 'verified', op: 'eq', value: true },
        { field: 'capitalCostUsd', op: 'lt', value: 250000.5 },
        { field: 'trl', op: 'gt', value: -1 },
        { field: 'trl', op: 'lte', value: 9 },
        { field: 'vendor.country', op: 'in', values: ['CN', 7, false] },
      ]),
    ).toEqual([
      'pollutants IN ["PM2.5", "NOx"]',
      'trl >= 6',
      'verified = true',
      'capitalCostUsd < 250000.5',
      'trl > -1',
      'trl <= 9',
      'vendor.country IN ["CN", 7, false]',
    ]);
  });

  it('escapes quotes and backslashes so a value cannot end its string early', () => {
    expect(toMeiliLiteral('say "hi" \\ bye')).toBe('"say \\"hi\\" \\\\ bye"');
    expect(toMeiliFilter([{ field: 'title', op: 'eq', value: '" OR trl > 0 OR title = "' }])).toEqual([
      'title = "\\" OR trl > 0 OR title = \\""',
    ]);
  });

  it('keeps operators that look like text inside strings', () => {
    expect(toMeiliLiteral('IN [a] AND NOT')).toBe('"IN [a] AND NOT"');
  });

  it('gives no expressions for no clauses', () => {
    expect(toMeiliFilter([])).toEqual([]);
  });
});

describe('toMeiliSort', () => {
  it('writes field:direction in order, and nothing when relevance decides', () => {
    expect(
      toMeiliSort([
        { field: 'trl', direction: 'desc' },
        { field: 'capitalCostUsd', direction: 'asc' },
      ]),
    ).toEqual(['trl:desc', 'capitalCostUsd:asc']);
    expect(toMeiliSort(undefined)).toBeUndefined();
    expect(toMeiliSort([])).toBeUndefined();
  });
});
