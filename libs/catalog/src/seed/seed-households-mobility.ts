import { ASIA_WIDE, SOUTH_ASIA, SeedTechnology, efficiency, project, zh } from './seed-technology';

export const HOUSEHOLDS_MOBILITY: SeedTechnology[] = [
  {
    vendor: 'jinhua-stove',
    status: 'published',
    publishedDaysAgo: 140,
    input: {
      title: 'Forced-draft gasifier cookstove for wood and pellets',
      summary:
        'Battery-fan gasifier stove that cuts household PM2.5 and CO emissions by about 90% against a three-stone fire.',
      description:
        'Top-lit updraft gasification with secondary air; a USB battery pack runs the fan for a week and charges phones. Tier 4 for emissions in ISO 19867 laboratory tests. Distribution through women’s groups and microfinance.',
      translations: [zh('强制通风气化炉灶', '电池风扇气化炉，相比三石灶 PM2.5 和一氧化碳减少约 90%。')],
      category: 'clean-fuels.cookstoves',
      pollutants: ['pm2.5', 'black-carbon', 'co'],
      removalEfficiency: efficiency({ 'pm2.5': 90, co: 88, 'black-carbon': 92 }),
      sectors: ['residential'],
      trl: 9,
      capitalCostMinUsd: 40,
      capitalCostMaxUsd: 90,
      referenceProjects: [
        project('Rural households, Yunnan', 'CN', 2017, 'Kitchen PM2.5 down 71% over 48 h monitoring'),
        project('Hill districts, Gorkha', 'NP', 2022, '4,000 stoves; 86% still in use after a year'),
      ],
      supplyCountries: [...SOUTH_ASIA, 'MM', 'KE', 'ET', 'UG'],
      certifications: ['ISO 19867-1 Tier 4 (emissions)'],
      dealTypes: ['sale', 'distribution', 'pilot'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'jinhua-stove',
    status: 'published',
    publishedDaysAgo: 35,
    input: {
      title: 'Induction cooking kit for LPG and firewood households',
      summary:
        'Two-zone induction hob with compatible pots and a smart meter, for homes on reliable grid power.',
      description:
        'Zero household emissions at the point of use; bundled with an on-bill finance model for utilities.',
      translations: [zh('电磁炉清洁炊事套装', '双灶电磁炉加配套锅具和智能电表，家庭零排放。')],
      category: 'clean-fuels.fuel-switch',
      pollutants: ['pm2.5', 'co', 'black-carbon'],
      removalEfficiency: efficiency({ 'pm2.5': 100, co: 100 }),
      sectors: ['residential'],
      trl: 9,
      capitalCostMinUsd: 60,
      capitalCostMaxUsd: 150,
      referenceProjects: [
        project('Utility pilot, Kathmandu Valley', 'NP', 2023, 'LPG use down 60% in 500 pilot homes'),
      ],
      supplyCountries: ['NP', 'BT', 'LK', 'IN'],
      certifications: ['CE', 'CCC'],
      dealTypes: ['sale', 'distribution'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'changjiang-ebus',
    status: 'published',
    publishedDaysAgo: 180,
    input: {
      title: '12 m battery-electric city bus with depot charging',
      summary:
        'Low-floor e-bus with 350 kWh LFP battery, 250-300 km range and 150 kW depot chargers, replacing diesel buses in city service.',
      description:
        'Thermal-managed battery for 45 °C summers and hill routes; regenerative braking; fleet telematics with state-of-health reports. Financing partners offer leasing per kilometre.',
      translations: [zh('12 米纯电动城市公交', '350 kWh 磷酸铁锂电池，续航 250-300 公里，场站充电。')],
      category: 'e-mobility.buses',
      pollutants: ['pm2.5', 'nox', 'black-carbon', 'co'],
      removalEfficiency: efficiency({ nox: 100, 'black-carbon': 100 }),
      sectors: ['transport.vehicles'],
      trl: 9,
      capitalCostMinUsd: 220_000,
      capitalCostMaxUsd: 350_000,
      operatingCostNote: 'Energy about 1.1 kWh/km; battery warranty 8 years.',
      referenceProjects: [
        project('City fleet, Changzhou', 'CN', 2018, '1,200 buses; NOx from public transport down 90%'),
        project(
          'Sajha Yatayat pilot routes, Kathmandu',
          'NP',
          2024,
          '40 buses, 99.2% availability in first year',
        ),
      ],
      supplyCountries: ['NP', 'LK', 'IN', 'BD', 'TH', 'VN', 'PH'],
      certifications: ['UN ECE R100', 'ISO 9001'],
      dealTypes: ['sale', 'joint-venture'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'changjiang-ebus',
    status: 'changes_requested',
    changesRequestedReason:
      'The cost range is missing and the title does not say what is being charged; please complete both.',
    input: {
      title: 'Depot charging system',
      summary: 'Chargers for bus depots.',
      description: 'Up to 40 chargers with load management.',
      category: 'e-mobility.charging',
      pollutants: ['pm2.5', 'nox'],
      sectors: ['transport.vehicles'],
      trl: 9,
    },
  },
  {
    vendor: 'hanfeng-etricycle',
    status: 'published',
    publishedDaysAgo: 75,
    input: {
      title: 'Electric rickshaw with swappable LFP battery',
      summary:
        'Passenger e-rickshaw and cargo three-wheeler with a 5 kWh swappable lithium iron phosphate battery and a network of swap cabinets.',
      description:
        'Replaces lead-acid e-rickshaws and two-stroke auto-rickshaws. A battery swap takes two minutes; drivers pay per swap, so the upfront price stays low. Chassis built for potholed roads and 5-passenger loads.',
      translations: [
        zh('可换电磷酸铁锂电动三轮车', '5 kWh 可换电电池，客运电动三轮和货运三轮车，配换电柜网络。'),
        {
          language: 'hi',
          title: 'बदलने योग्य बैटरी वाला ई-रिक्शा',
          summary: 'दो मिनट में बैटरी बदलें; कम शुरुआती कीमत।',
        },
      ],
      category: 'e-mobility.two-three-wheelers',
      pollutants: ['pm2.5', 'co', 'vocs', 'black-carbon'],
      sectors: ['transport.two-wheelers'],
      trl: 9,
      capitalCostMinUsd: 2_000,
      capitalCostMaxUsd: 4_500,
      referenceProjects: [
        project('Swap network, Xuzhou', 'CN', 2020, '12,000 vehicles, 30,000 swaps a day'),
        project(
          'E-rickshaw fleet, Lucknow',
          'IN',
          2023,
          '800 vehicles replaced two-stroke autos on 6 routes',
        ),
      ],
      supplyCountries: ['IN', 'BD', 'NP', 'LK', 'PK'],
      certifications: ['ICAT type approval', 'CCC'],
      dealTypes: ['sale', 'distribution', 'joint-venture'],
      supportLanguages: ['zh', 'en', 'hi'],
    },
  },
  {
    vendor: 'qinghe-purification',
    status: 'published',
    publishedDaysAgo: 50,
    input: {
      title: 'HEPA classroom air purifier with PM2.5 sensor',
      summary: 'Quiet H13 HEPA purifier delivering 600 m³/h of clean air, sized for a 60 m² classroom.',
      description:
        'Runs under 45 dB at normal speed so lessons are not disturbed; filter-life and PM2.5 display; schools get a fleet dashboard.',
      translations: [
        zh('教室 HEPA 空气净化器', 'H13 级高效过滤，洁净空气量 600 m³/h，适用于 60 平方米教室。'),
      ],
      category: 'indoor-air.purifiers',
      pollutants: ['pm2.5', 'pm10'],
      removalEfficiency: efficiency({ 'pm2.5': 99.97 }),
      sectors: ['residential'],
      trl: 9,
      capitalCostMinUsd: 250,
      capitalCostMaxUsd: 600,
      referenceProjects: [
        project(
          'Primary schools, Beijing Haidian',
          'CN',
          2019,
          'Indoor PM2.5 62% below outdoor on polluted days',
        ),
      ],
      supplyCountries: ASIA_WIDE,
      certifications: ['CE', 'GB/T 18801'],
      dealTypes: ['sale', 'distribution'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'qinghe-purification',
    status: 'published',
    publishedDaysAgo: 12,
    input: {
      title: 'Heat-recovery fresh-air ventilation unit with F9 filtration',
      summary:
        'Brings filtered outdoor air into clinics and classrooms while recovering 75% of the heat, keeping CO2 low with windows closed.',
      description:
        'Enthalpy exchanger, G4 + F9 filters and optional HEPA; ceiling or wall mounted, 150-1,000 m³/h.',
      translations: [zh('全热交换新风系统', 'G4+F9 过滤，热回收 75%，关窗时保持低二氧化碳。')],
      category: 'indoor-air.ventilation',
      pollutants: ['pm2.5'],
      removalEfficiency: efficiency({ 'pm2.5': 90 }),
      sectors: ['residential'],
      trl: 9,
      capitalCostMinUsd: 800,
      capitalCostMaxUsd: 5_000,
      supplyCountries: ['NP', 'IN', 'MN', 'KZ'],
      dealTypes: ['sale'],
      supportLanguages: ['zh', 'en'],
    },
  },
];
