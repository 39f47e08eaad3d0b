import { TAXONOMY, TAXONOMY_IDS, categoryById, parentSectorOf } from './taxonomy';

const ASIA =
  'AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV MN MM NP KP OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE';

describe('taxonomy', () => {
  it('has unique ids in every list', () => {
    const lists = [
      TAXONOMY.pollutants,
      TAXONOMY.sectors,
      TAXONOMY.dealTypes,
      TAXONOMY.countries,
      TAXONOMY.languages,
    ];
    for (const list of lists) expect(new Set(list.map((item) => item.id)).size).toBe(list.length);
    const categories = TAXONOMY.categoryGroups.flatMap((group) => group.categories.map((c) => c.id));
    expect(new Set(categories).size).toBe(categories.length);
  });

  it('names categories `<group>.<leaf>` and sub-sectors `<sector>.<sub>`', () => {
    for (const group of TAXONOMY.categoryGroups) {
      for (const category of group.categories) expect(categoryById(category.id)?.groupId).toBe(group.id);
      for (const category of group.categories) expect(category.id.startsWith(`${group.id}.`)).toBe(true);
    }
    for (const sector of TAXONOMY.sectors) {
      for (const sub of sector.subSectors) expect(parentSectorOf(sub.id)).toBe(sector.id);
    }
    expect(categoryById('end-of-pipe.esp')?.label).toBe('Electrostatic precipitators');
  });

  it('lists every country of Asia and the languages of the partner countries', () => {
    for (const code of ASIA.split(' ')) expect(TAXONOMY_IDS.countries.has(code)).toBe(true);
    for (const code of ['zh', 'hi', 'ne', 'si', 'ta', 'en'])
      expect(TAXONOMY_IDS.languages.has(code)).toBe(true);
    expect(TAXONOMY_IDS.translationLanguages.has('en')).toBe(false);
  });

  it('defines the nine TRL levels and the five deal types of PRODUCT.md', () => {
    expect(TAXONOMY.trl.map((level) => level.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(TAXONOMY.dealTypes.map((deal) => deal.id)).toEqual([
      'sale',
      'licence',
      'joint-venture',
      'distribution',
      'pilot',
    ]);
  });
});
