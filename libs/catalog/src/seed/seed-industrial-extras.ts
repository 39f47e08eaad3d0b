import { ASIA_WIDE, SOUTH_ASIA, SeedTechnology, efficiency, project, zh } from './seed-technology';

export const INDUSTRIAL_EXTRAS: SeedTechnology[] = [
  {
    vendor: 'taihu-filtration',
    status: 'published',
    publishedDaysAgo: 85,
    input: {
      title: 'Fabric filter for electric arc furnace fume in steel melt shops',
      summary:
        'Direct-evacuation plus canopy hood system with a large pulse-jet fabric filter capturing furnace fume, zinc and lead dust.',
      description:
        'Spark-arresting drop-out box and water-cooled duct protect polyester needle-felt bags. Collected dust is sent for zinc recovery. Sized for 30-150 t electric arc and induction furnaces.',
      translations: [
        zh('电弧炉烟气袋式除尘系统', '炉内排烟加屋顶罩，大型脉冲袋式除尘器捕集烟尘和锌、铅粉尘。'),
      ],
      category: 'end-of-pipe.fabric-filter',
      costBasis: 'per-installation',
      pollutants: ['pm2.5', 'pm10', 'heavy-metals'],
      removalEfficiency: efficiency({ 'pm2.5': 99.5, 'heavy-metals': 98 }),
      sectors: ['industry.steel'],
      trl: 9,
      capitalCostMinUsd: 1_500_000,
      capitalCostMaxUsd: 5_000_000,
      referenceProjects: [
        project(
          '100 t EAF melt shop, Changzhou',
          'CN',
          2020,
          'Stack dust 5 mg/Nm³; roof monitor fugitives visibly eliminated',
        ),
      ],
      supplyCountries: ['IN', 'BD', 'PK', 'VN'],
      certifications: ['ISO 9001'],
      dealTypes: ['sale'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'yanshan-clean-air',
    status: 'submitted',
    input: {
      title: 'Seawater flue gas desulfurisation for coastal power plants',
      summary:
        'Uses the natural alkalinity of seawater to absorb SO2; no limestone and no gypsum to dispose of.',
      description:
        'Packed absorber with seawater from the condenser outlet, followed by aeration basins that restore pH and oxygen before discharge. For coastal units burning coal below 1% sulphur.',
      translations: [zh('海水烟气脱硫', '利用海水天然碱度吸收二氧化硫，无需石灰石，不产生石膏。')],
      category: 'end-of-pipe.fgd',
      costBasis: 'per-installation',
      pollutants: ['so2'],
      removalEfficiency: efficiency({ so2: 95 }),
      sectors: ['power'],
      trl: 9,
      capitalCostMinUsd: 20_000_000,
      capitalCostMaxUsd: 45_000_000,
      referenceProjects: [
        project(
          'Coastal 2 × 1,000 MW plant, Fujian',
          'CN',
          2014,
          'SO2 at stack 30 mg/Nm³; seawater discharge pH 6.8',
        ),
      ],
      supplyCountries: ['LK', 'IN', 'BD', 'VN', 'ID'],
      dealTypes: ['sale', 'licence'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'jingjin-denox',
    status: 'published',
    publishedDaysAgo: 190,
    input: {
      title: 'Low-temperature SCR catalyst for glass furnaces and coke ovens',
      summary:
        'Manganese-cerium catalyst that reduces NOx at 180-250 °C, after the dust and SO2 controls, without reheating the gas.',
      description:
        'Tail-end placement keeps the catalyst clean and free of arsenic poisoning. Modules fit existing reactor frames. Regeneration service extends life to four years.',
      translations: [
        zh('低温 SCR 脱硝催化剂', '锰铈系催化剂在 180-250 °C 脱硝，布置于除尘脱硫之后，无需烟气再热。'),
      ],
      category: 'end-of-pipe.scr-sncr',
      costBasis: 'per-installation',
      pollutants: ['nox'],
      removalEfficiency: efficiency({ nox: 85 }),
      sectors: ['industry.other'],
      trl: 8,
      capitalCostMinUsd: 500_000,
      capitalCostMaxUsd: 3_000_000,
      referenceProjects: [
        project('Coke oven battery, Shanxi', 'CN', 2021, 'NOx 95 mg/Nm³ from 600, 18 months in service'),
      ],
      supplyCountries: ['IN', 'VN', 'ID'],
      dealTypes: ['sale', 'pilot'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'huishan-emission',
    status: 'published',
    publishedDaysAgo: 220,
    input: {
      title: 'Diesel oxidation catalyst retrofit for city buses and trucks',
      summary:
        'Bolt-in DOC replacing the muffler of older diesel buses and trucks: less CO, hydrocarbons and the soluble part of soot.',
      description:
        'Works with fuel up to 350 ppm sulphur, needs no maintenance and is a first step before a full DPF programme.',
      translations: [
        zh('柴油氧化催化器改装', '替换老旧柴油公交和货车消声器，降低一氧化碳、碳氢和可溶性颗粒。'),
      ],
      category: 'end-of-pipe.dpf-doc',
      costBasis: 'per-unit',
      pollutants: ['co', 'vocs', 'pm2.5'],
      removalEfficiency: efficiency({ co: 85, vocs: 70, 'pm2.5': 25 }),
      sectors: ['transport.vehicles'],
      trl: 9,
      capitalCostMinUsd: 800,
      capitalCostMaxUsd: 3_000,
      referenceProjects: [
        project('Public bus fleet, Colombo', 'LK', 2019, 'CO 80% lower in idle emission test on 120 buses'),
      ],
      supplyCountries: [...SOUTH_ASIA, 'MN'],
      dealTypes: ['sale', 'distribution'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'lanbo-sensing',
    status: 'published',
    publishedDaysAgo: 230,
    input: {
      title: 'Portable stack and ambient monitoring kit for brick kiln surveys',
      summary:
        'Battery-powered kit measuring PM2.5, black carbon, CO and SO2 near kilns, so inspectors can survey a cluster in a day.',
      description:
        'Micro-aethalometer for black carbon, electrochemical gas cells and an optical particle counter in a backpack; GPS-tagged results upload to the kiln registry.',
      translations: [zh('砖窑便携式监测套件', '背包式套件测量 PM2.5、黑碳、一氧化碳和二氧化硫。')],
      category: 'monitoring.low-cost-sensors',
      costBasis: 'per-unit',
      pollutants: ['pm2.5', 'black-carbon', 'co', 'so2'],
      sectors: ['industry.brick-kilns'],
      trl: 7,
      capitalCostMinUsd: 9_000,
      capitalCostMaxUsd: 16_000,
      referenceProjects: [
        project(
          'Kiln inspection campaign, Lalitpur and Bhaktapur',
          'NP',
          2024,
          '110 kilns surveyed in 3 weeks',
        ),
      ],
      supplyCountries: ['NP', 'IN', 'BD', 'PK'],
      dealTypes: ['sale', 'pilot'],
      supportLanguages: ['zh', 'en', 'ne'],
    },
  },
  {
    vendor: 'zhujiang-dust',
    status: 'draft',
    input: {
      title: 'Truck-mounted multi-function dust suppression vehicle',
      summary: 'Combines a 60 m fog cannon with a flushing bar on one truck; specifications being finalised.',
      description: 'Draft.',
      category: 'dust-suppression.fog-cannon',
      pollutants: ['pm10'],
      sectors: ['construction-dust'],
      trl: 8,
      supplyCountries: ASIA_WIDE,
    },
  },
];
