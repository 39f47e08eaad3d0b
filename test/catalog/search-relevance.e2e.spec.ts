import { CatalogSeeder } from '@3ipet/catalog';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { factories } from '../support/factories';
import { CatalogDriver, expectStatus } from './support/catalog-kit';
import { waitForIndexToMatchDatabase } from './support/index-sync';
import { SEEDED, SEEDED_PUBLISHED, expectedFacets } from './support/seed-expectations';

interface Hit {
  id: string;
  title: string;
  category: string;
  publishedAt: string;
  highlights: Record<string, string>;
}

describe.each(databaseLegs())('technology search on the seed data (%s)', (leg) => {
  let app: TestApp;
  let driver: CatalogDriver;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    await app.app.get(CatalogSeeder).seed();
    await waitForIndexToMatchDatabase(app);
    driver = new CatalogDriver(app, await factories(app));
  });
  afterAll(() => app?.close());

  const search = async (query: string) =>
    expectStatus(await driver.search(query), 200).body as {
      items: Hit[];
      total: number;
      facets: Record<string, Record<string, number>>;
    };

  const ESP = [
    'Electrostatic precipitator retrofit for cement kiln and clinker cooler',
    'Sinter machine electrostatic precipitator with high-frequency power supply',
  ];
  const BAG_FILTERS = [
    'Pulse-jet bag filter with PTFE membrane bags for cement kilns',
    'Compact fabric filter for brick kilns and small boilers',
    'Fabric filter for electric arc furnace fume in steel melt shops',
  ];
  const FGD = [
    'Limestone-gypsum wet flue gas desulfurisation for coal power units',
    'Semi-dry circulating fluidised bed desulfurisation for industrial boilers',
  ];

  /** [what, query, titles that must fill the first places (any order), extra places allowed before the last of them]. */
  it.each<[string, string, string[], number]>([
    ['a typo', 'electrostatc precipitator', ESP, 0],
    ['the ESP abbreviation', 'ESP', ESP, 0],
    ['the Chinese 静电除尘', '静电除尘', ESP, 0],
    ['"baghouse" (synonym of bag filter and fabric filter)', 'baghouse', BAG_FILTERS, 0],
    ['the Chinese 脱硫 (desulfurisation)', '脱硫', FGD, 0],
    ['FGD', 'FGD', FGD, 1],
    [
      'SCR',
      'SCR',
      [
        'Selective catalytic reduction for cement kiln preheater exhaust',
        'Low-temperature SCR catalyst for glass furnaces and coke ovens',
      ],
      0,
    ],
    [
      'CEMS',
      'continuous emission monitoring',
      ['Continuous emission monitoring system (CEMS) for SO2, NOx, O2 and dust'],
      0,
    ],
    ['DPF', 'DPF', ['Diesel particulate filter retrofit for diesel generator sets'], 0],
    [
      'a Kathmandu officer',
      'brick kiln dust',
      [
        'Zig-zag brick kiln conversion with induced draught fan',
        'Compact fabric filter for brick kilns and small boilers',
      ],
      1,
    ],
  ])('ranks the right listings first for %s', async (_what, q, titles, slack) => {
    const { items: hits } = await search(`q=${encodeURIComponent(q)}&limit=10`);
    expect(hits.slice(0, titles.length + slack).map((hit) => hit.title)).toEqual(
      expect.arrayContaining(titles),
    );
  });

  it('highlights the matched words', async () => {
    const { items: hits } = await search('q=electrostatic');
    expect(hits[0].highlights.title).toMatch(/<mark>Electrostatic<\/mark>/i);
  });

  it('never returns drafts, submitted, sent-back or archived listings', async () => {
    const all = await search('limit=100');
    expect(all.total).toBe(SEEDED_PUBLISHED.length);
    const hidden = SEEDED.filter((doc) => doc.status !== 'published').map((doc) => doc.title);
    for (const title of hidden) expect(all.items.map((hit) => hit.title)).not.toContain(title);
    expect((await search('q=methane%20plume')).items.map((hit) => hit.title)).not.toContain(
      'Methane plume detection from satellite imagery',
    );
    expect((await search('q=wet%20electrostatic')).items.map((hit) => hit.title)).not.toContain(
      'Wet electrostatic precipitator for fine particle and acid mist polishing',
    );
  });

  it('reports exact facet counts for the whole catalogue', async () => {
    expect((await search('limit=1')).facets).toEqual(expectedFacets(SEEDED_PUBLISHED));
  });

  it.each([
    ['pollutants=so2&trlMin=9', (d: (typeof SEEDED)[number]) => d.pollutants.includes('so2') && d.trl >= 9],
    [
      'sectors=industry.brick-kilns',
      (d: (typeof SEEDED)[number]) => d.sectors.includes('industry.brick-kilns'),
    ],
    [
      'category=end-of-pipe',
      (d: (typeof SEEDED)[number]) => d.categories.some((c) => c.startsWith('end-of-pipe.')),
    ],
    [
      'category=monitoring.cems,monitoring.satellite',
      (d: (typeof SEEDED)[number]) =>
        d.categories.some((c) => ['monitoring.cems', 'monitoring.satellite'].includes(c)),
    ],
    [
      'countries=NP,LK',
      (d: (typeof SEEDED)[number]) => d.countries.includes('NP') || d.countries.includes('LK'),
    ],
    ['costMax=100000', (d: (typeof SEEDED)[number]) => d.costMin !== undefined && d.costMin <= 100000],
    [
      'pollutants=pm2.5&countries=NP&sectors=residential',
      (d: (typeof SEEDED)[number]) =>
        d.pollutants.includes('pm2.5') && d.countries.includes('NP') && d.sectors.includes('residential'),
    ],
  ])('filters %s with exact totals and facet counts', async (query, matches) => {
    const expected = SEEDED_PUBLISHED.filter(matches);
    const result = await search(`${query}&limit=100`);
    expect(result.total).toBe(expected.length);
    expect(result.items.map((hit) => hit.title).sort()).toEqual(expected.map((doc) => doc.title).sort());
    expect(result.facets).toEqual(expectedFacets(expected));
  });

  it('sorts by publication date, newest first', async () => {
    const { items: hits } = await search('sort=newest&limit=100');
    const dates = hits.map((hit) => Date.parse(hit.publishedAt));
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
  });

  it('removes an archived listing from the index', async () => {
    const [vendor] = await app.dataSource.query(`SELECT id FROM app_user WHERE email = 'vendor@3ipet.local'`);
    const owner = { token: await driver.kit.tokenFor(vendor.id) };
    const target = (await search('q=sinter%20machine')).items[0];
    const current = (await driver.get(null, target.id)).body;
    expectStatus(
      await app.request({
        method: 'POST',
        url: `/api/v1/technologies/${target.id}/archive`,
        token: owner.token,
        body: { version: current.version },
      }),
      200,
    );
    await waitForIndexToMatchDatabase(app);
    expect((await search('q=sinter%20machine')).items.map((hit) => hit.id)).not.toContain(target.id);
    expect((await search('limit=1')).total).toBe(SEEDED_PUBLISHED.length - 1);
  });

  it('refuses bad search parameters with 400 naming the parameter', async () => {
    const cases: [string, string][] = [
      ['pollutants=PM25', 'pollutants'],
      ['trlMin=12', 'trlMin'],
      ['sort=random', 'sort'],
      ['limit=1000', 'limit'],
      ['costMax=-5', 'costMax'],
      ['category=end-of-pipe.nothing', 'category'],
    ];
    for (const [query, field] of cases) {
      const response = await driver.search(query);
      expect(response.status).toBe(400);
      expect(response.body.errors.map((error: { field: string }) => error.field)).toContain(field);
    }
  });
});
