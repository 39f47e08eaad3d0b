import { CatalogSeeder } from '@3ipet/catalog';
import { TestApp, bootTestApp } from '../support/app';
import { databaseLegs } from '../support/database';
import { TestAdmin, factories } from '../support/factories';

/**
 * What a domain expert would put in front of each seeded open need, checked against the top 5 proposals the
 * platform makes from the demo data (`CatalogSeeder` with its needs extension, the `npm run seed` data set), computed
 * the way production computes them: through the outbox, the search index and both recompute jobs.
 */
const EXPERT_PICKS: { need: string; top5: { listing: string; why: string }[] }[] = [
  {
    need: 'Cut PM and black carbon from 120 brick kilns in the Kathmandu valley',
    top5: [
      {
        listing: 'Zig-zag brick kiln conversion with induced draught fan',
        why: 'the need asks for zig-zag conversion by name',
      },
      {
        listing: 'Compact fabric filter for brick kilns and small boilers',
        why: 'kiln bag filters catch the PM the conversion leaves',
      },
      {
        listing: 'Portable stack and ambient monitoring kit for brick kiln surveys',
        why: '"stack monitoring that owners can afford"',
      },
    ],
  },
  {
    need: 'Construction and road dust suppression for Delhi NCR sites in Noida and Ghaziabad',
    top5: [
      {
        listing: 'Fog cannon for construction and demolition dust',
        why: 'fog cannons are named in the need',
      },
      { listing: 'Road washing and vacuum sweeping vehicle for city streets', why: 'haul-road dust' },
      {
        listing: 'Low-cost PM2.5 sensor network with co-location calibration',
        why: 'fence-line PM sensors that trigger suppression',
      },
    ],
  },
  {
    need: 'Roadside remote sensing of vehicle emissions in Colombo',
    top5: [
      // No remote-sensing device is listed; the reference station is the one listing that measures NOx, CO
      // and PM at the roadside. (Known weakness: the e-bus ranks first on pollutants and sector, not on purpose.)
      { listing: 'Ambient air-quality reference monitoring station', why: 'the closest measurement listing' },
    ],
  },
  {
    need: 'Alternatives to paddy-straw burning for 200 villages in Ludhiana district',
    top5: [
      {
        listing: 'No-till wheat seeder that sows into standing paddy stubble',
        why: 'in-situ management (Happy Seeder)',
      },
      {
        listing: 'Square baler and rake for paddy straw collection',
        why: 'ex-situ supply chain to biomass boilers',
      },
    ],
  },
  {
    need: 'Diesel particulate filters for the Kandy city bus fleet',
    top5: [
      {
        listing: 'Diesel oxidation catalyst retrofit for city buses and trucks',
        why: 'exhaust after-treatment for buses',
      },
      {
        listing: 'Diesel particulate filter retrofit for diesel generator sets',
        why: 'the filter the need names, from a DG-set vendor',
      },
      {
        listing: '12 m battery-electric city bus with depot charging',
        why: 'replacing the oldest buses instead',
      },
    ],
  },
];

/** Proposals that would waste a curator's time: right pollutants, wrong topic. */
const OFF_TOPIC = [
  {
    need: 'Alternatives to paddy-straw burning for 200 villages in Ludhiana district',
    listing: 'Diesel particulate filter retrofit for diesel generator sets',
  },
  {
    need: 'Construction and road dust suppression for Delhi NCR sites in Noida and Ghaziabad',
    listing: 'Zig-zag brick kiln conversion with induced draught fan',
  },
];

describe.each(databaseLegs())('match quality on the demo data (%s)', (leg) => {
  let app: TestApp;
  let admin: TestAdmin;

  beforeAll(async () => {
    app = await bootTestApp(leg);
    // Seeds listings, then needs and events through the api's demo seed extensions.
    await app.app.get(CatalogSeeder).seed();
    await app.settle();
    admin = await (await factories(app)).newAdmin();
  });
  afterAll(() => app.close());

  const idOf = async (table: 'need' | 'technology', title: string): Promise<string> => {
    const rows: { id: string }[] = await app.dataSource.query(`SELECT id FROM ${table} WHERE title = $1`, [
      title,
    ]);
    if (rows.length !== 1) throw new Error(`seed data has no single ${table} titled "${title}"`);
    return rows[0].id;
  };
  const proposedFor = async (needId: string, limit: number): Promise<string[]> => {
    const response = await app.request({
      method: 'GET',
      url: `/api/v1/admin/matches?needId=${needId}&limit=${limit}`,
      token: admin.token,
    });
    return response.body.items.map((m: { technology: { title: string } }) => m.technology.title);
  };

  it.each(EXPERT_PICKS.map((pick) => [pick.need, pick] as const))('%s', async (_title, pick) => {
    const top5 = await proposedFor(await idOf('need', pick.need), 5);
    for (const { listing, why } of pick.top5) {
      expect({ listing, why, inTop5: top5.includes(listing) }).toEqual({ listing, why, inTop5: true });
    }
  });

  it('proposes nothing off topic however well the pollutants line up', async () => {
    for (const { need, listing } of OFF_TOPIC) {
      expect({
        need,
        listing,
        proposed: (await proposedFor(await idOf('need', need), 100)).includes(listing),
      }).toEqual({
        need,
        listing,
        proposed: false,
      });
    }
  });

  it('proposes nothing for drafts and closed needs', async () => {
    const rows = await app.dataSource.query(
      // A need the demo data closed as solved keeps the connected match its project came from.
      `SELECT count(*)::int AS n FROM match m JOIN need n ON n.id = m.need_id
        WHERE n.status <> 'open' AND NOT EXISTS (SELECT 1 FROM project p WHERE p.match_id = m.id)`,
    );
    expect(rows[0].n).toBe(0);
  });
});
