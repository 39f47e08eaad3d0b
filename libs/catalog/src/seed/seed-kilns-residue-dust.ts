import { SOUTH_ASIA, SeedTechnology, efficiency, project, zh } from './seed-technology';

export const KILNS_RESIDUE_DUST: SeedTechnology[] = [
  {
    vendor: 'yanzhao-kiln',
    status: 'published',
    publishedDaysAgo: 130,
    input: {
      title: 'Zig-zag brick kiln conversion with induced draught fan',
      summary:
        'Converts a Fixed Chimney Bull Trench Kiln to an induced-draught zig-zag kiln in one off-season: 30-50% less black carbon and 20% less coal.',
      description:
        'The air path is rebuilt to zig-zag around the brick setting, so combustion is complete and fewer bricks are under-fired. We supply the fan, gravity settling chamber and firing training for the fireman team, and stay for the first two firing cycles.',
      translations: [
        zh('砖窑之字形改造（引风机）', '固定烟囱轮窑改造为引风之字形窑，黑碳减排 30-50%，节煤 20%。'),
        {
          language: 'ne',
          title: 'जिग्ज्याग इँटा भट्टा रूपान्तरण',
          summary: 'कालो कार्बन ३०-५०% र कोइला २०% कम गर्छ।',
        },
      ],
      category: 'kiln-conversion.zig-zag',
      costBasis: 'per-installation',
      pollutants: ['pm2.5', 'pm10', 'black-carbon', 'so2'],
      removalEfficiency: efficiency({ 'black-carbon': 40, 'pm2.5': 50 }),
      sectors: ['industry.brick-kilns'],
      trl: 9,
      capitalCostMinUsd: 35_000,
      capitalCostMaxUsd: 90_000,
      operatingCostNote:
        'Fan power about 15 kW; pays back in 2-3 seasons from coal savings and better brick quality.',
      referenceProjects: [
        project(
          'Kiln cluster, Bhaktapur',
          'NP',
          2018,
          'PM 150 mg/Nm³ after conversion (was 600+), ICIMOD measurement',
        ),
        project('Kiln, Kalna', 'IN', 2021, 'Coal use 14 t per lakh bricks (was 18)'),
        project('Kiln cluster, Savar', 'BD', 2022, 'Black carbon emission factor down 42%'),
      ],
      supplyCountries: ['NP', 'IN', 'BD', 'PK', 'MM'],
      dealTypes: ['sale', 'pilot', 'joint-venture'],
      supportLanguages: ['zh', 'en', 'ne', 'hi'],
    },
  },
  {
    vendor: 'yanzhao-kiln',
    status: 'published',
    publishedDaysAgo: 55,
    input: {
      title: 'Automated tunnel kiln line for fired clay bricks',
      summary:
        'Continuous tunnel kiln with dryer, setting robot and flue gas desulfurisation: 30-60 million bricks a year at a fraction of clamp-kiln emissions.',
      description:
        'Cars move through preheating, firing and cooling zones; waste heat dries green bricks. Gas, coal or biomass firing. Emission controls include a simple wet desulfurisation tower. Suited to investors replacing several traditional kilns.',
      translations: [zh('全自动隧道窑砖生产线', '连续式隧道窑，配干燥室、码坯机器人及脱硫塔。')],
      category: 'kiln-conversion.tunnel',
      costBasis: 'per-installation',
      pollutants: ['pm2.5', 'pm10', 'black-carbon', 'so2', 'co'],
      removalEfficiency: efficiency({ 'pm2.5': 80, 'black-carbon': 85 }),
      sectors: ['industry.brick-kilns'],
      trl: 9,
      capitalCostMinUsd: 2_000_000,
      capitalCostMaxUsd: 6_000_000,
      referenceProjects: [
        project('Tunnel kiln, Handan', 'CN', 2016, 'PM 18 mg/Nm³, SO2 90 mg/Nm³ at stack'),
        project('Tunnel kiln, Narayanganj', 'BD', 2020, '45 million bricks/year, energy 1.1 MJ/kg'),
      ],
      supplyCountries: ['BD', 'NP', 'IN', 'PK', 'VN'],
      certifications: ['ISO 9001'],
      dealTypes: ['sale', 'joint-venture'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'qilu-agri',
    status: 'published',
    publishedDaysAgo: 100,
    input: {
      title: 'Square baler and rake for paddy straw collection',
      summary:
        'Tractor-drawn rake and square baler that collect loose paddy straw into 20-25 kg bales for biomass plants, so it is not burned.',
      description:
        'Works behind combine harvesters on wet paddy fields with a 45 hp tractor. One set bales about 8 ha a day. We help set up custom-hiring centres and the supply chain to boilers and pellet plants.',
      translations: [
        zh('水稻秸秆方捆打捆机及搂草机', '将散落稻草打成 20-25 公斤方捆，供生物质电厂使用，避免焚烧。'),
      ],
      category: 'crop-residue.ex-situ',
      costBasis: 'per-unit',
      pollutants: ['pm2.5', 'black-carbon', 'co', 'ch4'],
      sectors: ['agriculture'],
      trl: 9,
      capitalCostMinUsd: 12_000,
      capitalCostMaxUsd: 28_000,
      referenceProjects: [
        project(
          'Straw collection cooperatives, Heilongjiang',
          'CN',
          2018,
          'Open burning fire points in the county down 70%',
        ),
        project('Custom hiring centre, Sangrur', 'IN', 2022, '1,100 ha baled in one season'),
      ],
      supplyCountries: ['IN', 'PK', 'BD', 'NP'],
      dealTypes: ['sale', 'distribution', 'pilot'],
      supportLanguages: ['zh', 'en', 'hi'],
    },
  },
  {
    vendor: 'qilu-agri',
    status: 'published',
    publishedDaysAgo: 25,
    input: {
      title: 'No-till wheat seeder that sows into standing paddy stubble',
      summary:
        'Happy-seeder-type machine cuts and spreads straw as mulch while drilling wheat, so the field need not be burned before sowing.',
      description:
        'Rotor with flail blades clears straw in front of each tine; fertiliser and seed boxes included. Needs 50-60 hp. Mulch keeps soil moisture and, after a few seasons, raises organic carbon.',
      translations: [zh('秸秆覆盖免耕小麦播种机', '切碎稻茬覆盖地表同时播种小麦，无需焚烧。')],
      category: 'crop-residue.in-situ',
      costBasis: 'per-unit',
      pollutants: ['pm2.5', 'black-carbon', 'co'],
      removalEfficiency: efficiency({ 'pm2.5': 100 }),
      sectors: ['agriculture'],
      trl: 9,
      capitalCostMinUsd: 3_500,
      capitalCostMaxUsd: 7_000,
      referenceProjects: [
        project(
          'Ludhiana district demonstration farms',
          'IN',
          2021,
          'Wheat yield equal to tilled plots; zero burning on 600 ha',
        ),
      ],
      supplyCountries: ['IN', 'PK', 'NP', 'BD'],
      dealTypes: ['sale', 'distribution'],
      supportLanguages: ['zh', 'en', 'hi'],
    },
  },
  {
    vendor: 'qilu-agri',
    status: 'submitted',
    input: {
      title: 'Mobile straw pelletising unit',
      summary: 'Container-sized line that turns baled straw into fuel pellets at the village.',
      description: 'Hammer mill, ring-die pellet press and cooler; 1-2 t/h.',
      translations: [zh('移动式秸秆颗粒机组', '集装箱式秸秆颗粒燃料生产线。')],
      category: 'crop-residue.ex-situ',
      costBasis: 'per-unit',
      pollutants: ['pm2.5', 'black-carbon'],
      sectors: ['agriculture', 'residential'],
      trl: 7,
      capitalCostMinUsd: 80_000,
      capitalCostMaxUsd: 150_000,
      dealTypes: ['sale', 'pilot'],
    },
  },
  {
    vendor: 'zhujiang-dust',
    status: 'published',
    publishedDaysAgo: 65,
    input: {
      title: 'Fog cannon for construction and demolition dust',
      summary:
        'Mobile fog cannon throwing 10-50 µm droplets 30-120 m to knock down dust at demolition sites, stockpiles and crushers.',
      description:
        'High-pressure nozzles ring and axial fan on a trailer or tracked chassis, with remote control and an optional PM10 sensor trigger. Uses 2-20 L of water per minute, far less than hosing.',
      translations: [zh('雾炮抑尘机', '射程 30-120 米的雾炮，用于拆迁、堆场和破碎作业扬尘治理。')],
      category: 'dust-suppression.fog-cannon',
      costBasis: 'per-unit',
      pollutants: ['pm10', 'pm2.5'],
      removalEfficiency: efficiency({ pm10: 70, 'pm2.5': 30 }),
      sectors: ['construction-dust', 'industry.other'],
      trl: 9,
      capitalCostMinUsd: 8_000,
      capitalCostMaxUsd: 60_000,
      referenceProjects: [
        project(
          'Metro construction sites, Guangzhou',
          'CN',
          2019,
          'Site-boundary PM10 down 55% during demolition',
        ),
        project(
          'Expressway construction, Kathmandu ring road',
          'NP',
          2023,
          'Boundary PM10 from 480 to 210 µg/m³',
        ),
      ],
      supplyCountries: [...SOUTH_ASIA, 'VN', 'ID'],
      certifications: ['CE'],
      dealTypes: ['sale', 'distribution'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'zhujiang-dust',
    status: 'published',
    publishedDaysAgo: 5,
    input: {
      title: 'Road washing and vacuum sweeping vehicle for city streets',
      summary:
        'Combined wash-and-vacuum truck that lifts fine road dust instead of stirring it up like dry brooms.',
      description:
        'High-pressure wash bar followed by suction mouth; 8 m³ clean-water and 6 m³ dirt tanks; works at 5-15 km/h.',
      translations: [zh('洗扫车', '高压冲洗加真空吸扫，清除道路细颗粒积尘。')],
      category: 'dust-suppression.road',
      costBasis: 'per-unit',
      pollutants: ['pm10', 'pm2.5'],
      removalEfficiency: efficiency({ pm10: 60 }),
      sectors: ['construction-dust', 'transport'],
      trl: 9,
      capitalCostMinUsd: 90_000,
      capitalCostMaxUsd: 180_000,
      referenceProjects: [
        project('Main roads, Kandy city', 'LK', 2024, 'Road silt loading down 65% on treated streets'),
      ],
      supplyCountries: SOUTH_ASIA,
      dealTypes: ['sale', 'pilot'],
      supportLanguages: ['zh', 'en'],
    },
  },
];
