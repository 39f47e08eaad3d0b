import { ASIA_WIDE, SOUTH_ASIA, SeedTechnology, efficiency, project, zh } from './seed-technology';

export const PARTICULATE_CONTROL: SeedTechnology[] = [
  {
    vendor: 'qiantang-esp',
    status: 'published',
    publishedDaysAgo: 300,
    input: {
      title: 'Electrostatic precipitator retrofit for cement kiln and clinker cooler',
      summary:
        'Rebuilds ageing ESPs on rotary kiln and cooler exhaust with new discharge electrodes, high-frequency power supplies and moving-electrode last fields.',
      description:
        'Most South Asian cement plants built before 2010 run three-field ESPs that can no longer hold 50 mg/Nm³. We keep the casing and hoppers, replace internals, fit high-frequency switched-mode transformer-rectifiers and convert the last field to rotating electrodes that are brushed clean, which stops back-corona on high-resistivity kiln dust. Shutdown for a 5,000 t/d line is about 25 days.',
      translations: [
        zh(
          '水泥窑及篦冷机静电除尘器改造',
          '更换放电极、高频电源并将末电场改为旋转电极，老旧静电除尘器出口粉尘稳定低于 20 mg/Nm³。',
        ),
      ],
      category: 'end-of-pipe.esp',
      costBasis: 'per-installation',
      pollutants: ['pm2.5', 'pm10', 'heavy-metals'],
      removalEfficiency: efficiency({ pm10: 99.8, 'pm2.5': 99.2 }),
      sectors: ['industry.cement'],
      trl: 9,
      capitalCostMinUsd: 900_000,
      capitalCostMaxUsd: 3_500_000,
      operatingCostNote:
        'Power use falls 30-40% against the old silicon-controlled rectifiers; electrode brushes every 3 years.',
      referenceProjects: [
        project(
          'Anhui Conch clinker line 3, Wuhu',
          'CN',
          2019,
          'Stack dust 12 mg/Nm³ (was 85), CEMS annual average',
        ),
        project(
          'Cement plant in Makwanpur district',
          'NP',
          2022,
          'Kiln stack 18 mg/Nm³ in third-party test (was 160)',
        ),
      ],
      supplyCountries: ASIA_WIDE,
      certifications: ['ISO 9001', 'ISO 14001'],
      dealTypes: ['sale', 'joint-venture'],
      supportLanguages: ['zh', 'en', 'ne'],
    },
  },
  {
    vendor: 'qiantang-esp',
    status: 'published',
    publishedDaysAgo: 210,
    input: {
      title: 'Sinter machine electrostatic precipitator with high-frequency power supply',
      summary:
        'Four-field ESP for sinter strand and pellet plant off-gas in integrated steel works, designed for alkali-chloride rich dust.',
      description:
        'Sinter dust is fine and highly resistive. The precipitator uses wide plate spacing (400 mm), intermittent energisation and pulse power on the outlet fields. Optional downstream bag filter polishing for sites that must meet 10 mg/Nm³.',
      translations: [
        zh('烧结机头静电除尘器', '适用于钢铁烧结及球团烟气的四电场静电除尘器，配高频电源和脉冲电源。'),
      ],
      category: 'end-of-pipe.esp',
      costBasis: 'per-installation',
      pollutants: ['pm2.5', 'pm10', 'heavy-metals'],
      removalEfficiency: efficiency({ pm10: 99.7 }),
      sectors: ['industry.steel'],
      trl: 9,
      capitalCostMinUsd: 2_000_000,
      capitalCostMaxUsd: 8_000_000,
      referenceProjects: [
        project(
          'Hebei integrated steel works, 360 m² sinter strand',
          'CN',
          2018,
          'Outlet 28 mg/Nm³, from 120 mg/Nm³',
        ),
        project('Steel plant in Odisha', 'IN', 2023, 'Outlet 35 mg/Nm³ in state board test'),
      ],
      supplyCountries: ['IN', 'VN', 'ID', 'BD'],
      certifications: ['ISO 9001'],
      dealTypes: ['sale'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'qiantang-esp',
    status: 'draft',
    input: {
      title: 'Wet electrostatic precipitator for fine particle and acid mist polishing',
      summary:
        'Tubular wet ESP after FGD to remove PM2.5, SO3 mist and droplets; the draft is still being written.',
      description: 'Conductive FRP collecting tubes with continuous water film; to follow.',
      translations: [zh('湿式静电除尘器', '脱硫后湿式静电除尘器，去除细颗粒物和三氧化硫酸雾。')],
      category: 'end-of-pipe.esp',
      pollutants: ['pm2.5', 'so2'],
      sectors: ['power'],
      trl: 8,
    },
  },
  {
    vendor: 'qiantang-esp',
    status: 'archived',
    publishedDaysAgo: 700,
    input: {
      title: 'Electrostatic precipitator for small biomass boilers (discontinued model)',
      summary: 'Single-field ESP for 1-5 MW biomass boilers; replaced by the compact bag filter range.',
      description: 'No longer manufactured; spare parts available until 2027.',
      category: 'end-of-pipe.esp',
      pollutants: ['pm2.5', 'pm10'],
      sectors: ['industry.other'],
      trl: 9,
    },
  },
  {
    vendor: 'taihu-filtration',
    status: 'published',
    publishedDaysAgo: 250,
    input: {
      title: 'Pulse-jet bag filter with PTFE membrane bags for cement kilns',
      summary:
        'Replaces or follows an ESP on kiln and raw-mill exhaust; PTFE-membrane fibreglass bags hold below 10 mg/Nm³ at 240 °C.',
      description:
        'Low-pressure long-bag pulse-jet design with offline cleaning by compartment, so a broken bag can be changed while the kiln runs. Conversion of an existing ESP casing to a bag filter ("E-to-B" conversion) is offered for plants with limited space.',
      translations: [
        zh(
          '水泥窑覆膜滤袋脉冲袋式除尘器',
          'PTFE 覆膜玻纤滤袋，耐温 240 °C，出口粉尘低于 10 mg/Nm³；可由电除尘器改造为袋式除尘器。',
        ),
      ],
      category: 'end-of-pipe.fabric-filter',
      costBasis: 'per-installation',
      pollutants: ['pm2.5', 'pm10', 'heavy-metals'],
      removalEfficiency: efficiency({ 'pm2.5': 99.9, pm10: 99.95 }),
      sectors: ['industry.cement'],
      trl: 9,
      capitalCostMinUsd: 700_000,
      capitalCostMaxUsd: 2_800_000,
      operatingCostNote:
        'Bags last 3-4 years; pressure drop 1,200-1,500 Pa; compressed air about 0.3% of gas flow.',
      referenceProjects: [
        project('Jiangsu 4,500 t/d cement line', 'CN', 2020, 'Stack dust 6 mg/Nm³, monthly CEMS average'),
        project(
          'Cement grinding and kiln plant, Puttalam',
          'LK',
          2021,
          'Stack dust 9 mg/Nm³ (CEA compliance test)',
        ),
      ],
      supplyCountries: ASIA_WIDE,
      certifications: ['ISO 9001', 'CE'],
      dealTypes: ['sale', 'distribution'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'taihu-filtration',
    status: 'published',
    publishedDaysAgo: 120,
    input: {
      title: 'Compact fabric filter for brick kilns and small boilers',
      summary:
        'Skid-mounted bag filter for 10,000-40,000 m³/h flue gas, with a spark arrester and bypass for kiln start-up.',
      description:
        'Designed for induced-draught zig-zag and tunnel kilns and for 2-10 t/h coal or biomass boilers. Aramid bags tolerate 200 °C; a cyclone pre-separator takes out sparks and coarse ash. Delivered in two containers and erected in a week.',
      translations: [
        zh('砖窑及小锅炉紧凑型袋式除尘器', '撬装式布袋除尘器，处理风量 1-4 万 m³/h，配火花捕集器。'),
      ],
      category: 'end-of-pipe.fabric-filter',
      costBasis: 'per-installation',
      pollutants: ['pm2.5', 'pm10', 'black-carbon'],
      prerequisites: ['grid-power'],
      flowMinNm3h: 10_000,
      flowMaxNm3h: 40_000,
      removalEfficiency: efficiency({ 'pm2.5': 99, pm10: 99.5, 'black-carbon': 95 }),
      sectors: ['industry.brick-kilns', 'industry.other'],
      trl: 8,
      capitalCostMinUsd: 60_000,
      capitalCostMaxUsd: 180_000,
      referenceProjects: [
        project('Tunnel kiln, Handan', 'CN', 2021, 'Particulate 15 mg/Nm³ (was 240)'),
        project(
          'Zig-zag kiln pilot, Bhaktapur',
          'NP',
          2024,
          'PM 42 mg/Nm³ during firing, stack sampling by university lab',
        ),
      ],
      supplyCountries: SOUTH_ASIA,
      certifications: ['ISO 9001'],
      dealTypes: ['sale', 'pilot', 'distribution'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'botou-dust-control',
    status: 'published',
    publishedDaysAgo: 90,
    input: {
      title: 'Multi-cyclone pre-cleaner for biomass and coal boilers',
      summary:
        'Cast-iron multi-cyclone that removes coarse ash and sparks ahead of a bag filter or scrubber.',
      description:
        'Sixty-four 250 mm cyclone tubes in a common housing; removes most particles above 10 µm at 600-900 Pa. Protects downstream filters from embers in rice-husk and bagasse boilers.',
      translations: [
        zh('生物质及燃煤锅炉多管旋风除尘器', '多管旋风预除尘，去除粗颗粒和火星，保护后级布袋。'),
      ],
      category: 'end-of-pipe.cyclone',
      costBasis: 'per-installation',
      pollutants: ['pm10'],
      removalEfficiency: efficiency({ pm10: 85 }),
      sectors: ['industry.other', 'power'],
      trl: 9,
      capitalCostMinUsd: 15_000,
      capitalCostMaxUsd: 60_000,
      referenceProjects: [
        project('Rice mill boiler, Dinajpur', 'BD', 2020, 'Grit emission down 80% by weight'),
      ],
      supplyCountries: [...SOUTH_ASIA, 'VN', 'TH'],
      dealTypes: ['sale', 'distribution'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'botou-dust-control',
    status: 'changes_requested',
    changesRequestedReason:
      'Please give a measured result for the reference project (outlet concentration and who measured it) and a cost range.',
    input: {
      title: 'Venturi wet scrubber for foundry cupolas and induction furnaces',
      summary: 'High-energy venturi scrubber with cyclonic separator for metal fume and acid gases.',
      description:
        'Stainless steel venturi throat with adjustable damper; recirculating water with settling tank.',
      category: 'end-of-pipe.wet-scrubber',
      pollutants: ['pm2.5', 'pm10', 'so2', 'heavy-metals'],
      sectors: ['industry.other'],
      trl: 9,
      referenceProjects: [project('Foundry cluster, Howrah', 'IN', 2022, 'Installed and running')],
    },
  },
  {
    vendor: 'rheinland-filter',
    status: 'published',
    publishedDaysAgo: 60,
    input: {
      title: 'Catalytic ceramic filter candles for hot-gas dust, NOx and dioxin removal',
      summary:
        'Ceramic fibre candles with embedded SCR catalyst remove dust, NOx and dioxins in one step at 200-400 °C.',
      description:
        'Suited to glass furnaces, waste incinerators and biomass plants where space allows only one device. Ammonia is injected upstream; dry sorbent (lime or bicarbonate) can be dosed for SO2 and HCl.',
      category: 'end-of-pipe.fabric-filter',
      costBasis: 'per-installation',
      categories: ['end-of-pipe.scr-sncr'],
      pollutants: ['pm2.5', 'pm10', 'nox', 'so2', 'heavy-metals'],
      removalEfficiency: efficiency({ 'pm2.5': 99.9, nox: 90, so2: 80 }),
      sectors: ['industry.other', 'waste-burning'],
      trl: 9,
      capitalCostMinUsd: 1_200_000,
      capitalCostMaxUsd: 6_000_000,
      referenceProjects: [
        project(
          'Container glass furnace, North Rhine-Westphalia',
          'DE',
          2017,
          'Dust < 2 mg/Nm³, NOx 180 mg/Nm³',
        ),
      ],
      supplyCountries: ['IN', 'LK', 'TH', 'VN', 'DE', 'PL'],
      certifications: ['ISO 9001', 'CE'],
      dealTypes: ['sale', 'licence'],
      supportLanguages: ['de', 'en'],
    },
  },
];
