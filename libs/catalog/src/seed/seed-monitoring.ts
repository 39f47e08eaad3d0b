import { ASIA_WIDE, SOUTH_ASIA, SeedTechnology, project, zh } from './seed-technology';

export const MONITORING: SeedTechnology[] = [
  {
    vendor: 'lanbo-sensing',
    status: 'published',
    publishedDaysAgo: 15,
    input: {
      title: 'Low-cost PM2.5 sensor network with co-location calibration',
      summary:
        'Solar-powered optical particle sensors at 50-500 sites per city, calibrated against a reference monitor and shown on a public dashboard.',
      description:
        'Each node measures PM1, PM2.5 and PM10 with dual laser sensors, temperature and humidity, and sends one-minute data over 4G or LoRaWAN. A machine-learning correction trained on two weeks of co-location beside a beta-attenuation monitor brings hourly error below 20%. Open API and CSV export for agencies and universities.',
      translations: [
        zh('低成本 PM2.5 传感器网络', '太阳能供电的激光颗粒物传感器网络，与标准站同点校准，公众可视化平台。'),
        {
          language: 'ne',
          title: 'कम लागतको PM2.5 सेन्सर सञ्जाल',
          summary: 'सन्दर्भ मनिटरसँग क्यालिब्रेट गरिएको सौर्य सेन्सर सञ्जाल।',
        },
      ],
      category: 'monitoring.low-cost-sensors',
      costBasis: 'per-project',
      pollutants: ['pm2.5', 'pm10'],
      sectors: ['construction-dust', 'transport', 'residential', 'industry.brick-kilns'],
      trl: 8,
      capitalCostMinUsd: 30_000,
      capitalCostMaxUsd: 400_000,
      operatingCostNote: 'About USD 120 per node per year for data and replacement sensors.',
      referenceProjects: [
        project(
          'Shenzhen street-level network, 300 nodes',
          'CN',
          2019,
          'R² 0.91 against reference stations after calibration',
        ),
        project(
          'Kathmandu Valley schools network, 60 nodes',
          'NP',
          2023,
          'Hourly PM2.5 error 14% against the US Embassy BAM',
        ),
        project(
          'Dhaka brick-kiln belt, 40 nodes',
          'BD',
          2022,
          'Mapped winter PM2.5 gradients of 80 µg/m³ across 12 km',
        ),
      ],
      supplyCountries: [...ASIA_WIDE, 'KE', 'NG'],
      certifications: ['CE', 'FCC'],
      dealTypes: ['sale', 'pilot', 'distribution'],
      supportLanguages: ['zh', 'en', 'ne'],
    },
  },
  {
    vendor: 'lanbo-sensing',
    status: 'published',
    publishedDaysAgo: 160,
    input: {
      title: 'Indoor air quality monitor for classrooms',
      summary: 'Wall-mounted PM2.5, CO2 and temperature monitor with a traffic-light display for teachers.',
      description:
        'Shows when to close windows on bad-air days and when to ventilate for CO2. Works offline; syncs over Wi-Fi.',
      translations: [zh('教室室内空气质量监测仪', 'PM2.5、二氧化碳和温度监测，红黄绿灯提示。')],
      category: 'monitoring.low-cost-sensors',
      costBasis: 'per-unit',
      pollutants: ['pm2.5'],
      sectors: ['residential'],
      trl: 9,
      capitalCostMinUsd: 150,
      capitalCostMaxUsd: 400,
      referenceProjects: [
        project(
          'Public schools, Colombo district',
          'LK',
          2024,
          '120 classrooms; PM2.5 alerts followed on 92% of bad-air days',
        ),
      ],
      supplyCountries: ASIA_WIDE,
      certifications: ['CE'],
      dealTypes: ['sale', 'distribution'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'tianjing-instruments',
    status: 'published',
    publishedDaysAgo: 260,
    input: {
      title: 'Continuous emission monitoring system (CEMS) for SO2, NOx, O2 and dust',
      summary:
        'Extractive hot-wet CEMS with NDUV gas analyser and laser dust meter, data acquisition and automatic reporting to the regulator.',
      description:
        'Heated probe and line at 180 °C avoid SO2 loss in condensate. Automatic zero/span checks daily; data logger follows the HJ 212 protocol and can push to national portals such as India’s CPCB online monitoring. Installed at stacks of cement, power, steel and brick plants.',
      translations: [
        zh(
          '烟气排放连续监测系统 CEMS',
          '热湿法抽取式 CEMS，紫外差分气体分析仪和激光粉尘仪，数据自动上传监管平台。',
        ),
      ],
      category: 'monitoring.cems',
      costBasis: 'per-installation',
      pollutants: ['so2', 'nox', 'pm10', 'pm2.5', 'co'],
      sectors: ['power', 'industry.cement', 'industry.steel', 'industry.brick-kilns'],
      trl: 9,
      capitalCostMinUsd: 45_000,
      capitalCostMaxUsd: 120_000,
      operatingCostNote: 'Calibration gases and a service visit every quarter, about USD 6,000 a year.',
      referenceProjects: [
        project('Coal power plant stacks, Shanxi', 'CN', 2018, 'Data capture 98.7% over 12 months'),
        project(
          'Cement plant, Kanchipuram',
          'IN',
          2021,
          'Passed CPCB connectivity audit; relative accuracy 6%',
        ),
      ],
      supplyCountries: ASIA_WIDE,
      certifications: ['CCEP (China Environmental Protection Certification)', 'MCERTS (dust meter)'],
      dealTypes: ['sale', 'distribution'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'tianjing-instruments',
    status: 'published',
    publishedDaysAgo: 95,
    input: {
      title: 'Ambient air-quality reference monitoring station',
      summary:
        'Containerised station with beta-attenuation PM2.5/PM10 monitors and gas analysers for SO2, NOx, O3 and CO.',
      description:
        'Turn-key station with air conditioning, calibrator, zero-air generator and data system, for national networks that must report AQI. Training for station operators is included.',
      translations: [
        zh('环境空气质量自动监测站', 'β射线法颗粒物监测仪及二氧化硫、氮氧化物、臭氧、一氧化碳分析仪。'),
      ],
      category: 'monitoring.reference-station',
      costBasis: 'per-unit',
      pollutants: ['pm2.5', 'pm10', 'so2', 'nox', 'o3', 'co'],
      sectors: ['transport', 'industry', 'residential', 'power'],
      trl: 9,
      capitalCostMinUsd: 150_000,
      capitalCostMaxUsd: 300_000,
      referenceProjects: [
        project('Provincial network, Hebei', 'CN', 2015, '42 stations, 96% valid data'),
        project('City station, Ulaanbaatar', 'MN', 2020, 'Data capture 94% through the -35 °C winter'),
      ],
      supplyCountries: ASIA_WIDE,
      certifications: ['CCEP', 'ISO 17025 calibration lab'],
      dealTypes: ['sale', 'joint-venture'],
      supportLanguages: ['zh', 'en', 'ru'],
    },
  },
  {
    vendor: 'kansai-sokutei',
    status: 'published',
    publishedDaysAgo: 330,
    input: {
      title: 'Chemiluminescence NOx and UV-photometric ozone analysers',
      summary: 'Reference-method analysers for ambient NO, NO2 and O3 with low drift and remote diagnostics.',
      description:
        'Designed for 24/7 monitoring networks in hot, humid climates; molybdenum converter for NO2 and optional photolytic converter.',
      category: 'monitoring.reference-station',
      costBasis: 'per-unit',
      pollutants: ['nox', 'o3'],
      sectors: ['transport', 'power', 'industry'],
      trl: 9,
      capitalCostMinUsd: 18_000,
      capitalCostMaxUsd: 35_000,
      referenceProjects: [
        project('Prefectural monitoring network, Osaka', 'JP', 2016, 'Zero drift below 1 ppb per week'),
      ],
      supplyCountries: ['IN', 'LK', 'TH', 'VN', 'JP', 'ID'],
      certifications: ['US EPA FEM', 'JIS B 7953'],
      dealTypes: ['sale', 'distribution'],
      supportLanguages: ['ja', 'en'],
    },
  },
  {
    vendor: 'skyview-remote-sensing',
    status: 'published',
    publishedDaysAgo: 40,
    input: {
      title: 'Satellite-derived daily PM2.5 and NO2 maps at 1 km',
      summary:
        'Daily surface PM2.5 and tropospheric NO2 maps from satellite aerosol and trace-gas retrievals fused with ground monitors.',
      description:
        'Uses MODIS/VIIRS aerosol optical depth, Sentinel-5P TROPOMI NO2 and meteorology in a machine-learning model trained on ground stations. Fills gaps where there are no monitors, shows crop-fire smoke and industrial hotspots, and feeds source attribution. Delivered as a web map and GeoTIFF.',
      translations: [
        zh(
          '卫星遥感 PM2.5 与 NO2 日均分布图',
          '融合卫星气溶胶光学厚度、TROPOMI 二氧化氮与地面站，1 公里分辨率。',
        ),
      ],
      category: 'monitoring.satellite',
      costBasis: 'per-year',
      pollutants: ['pm2.5', 'nox', 'black-carbon'],
      sectors: ['agriculture', 'industry', 'forest-fires', 'power'],
      trl: 8,
      capitalCostMinUsd: 20_000,
      capitalCostMaxUsd: 150_000,
      operatingCostNote: 'Annual subscription per country or state.',
      referenceProjects: [
        project('Jing-Jin-Ji region', 'CN', 2020, 'Cross-validated R² 0.86 against 1,500 stations'),
        project(
          'Indo-Gangetic Plain crop-fire season',
          'IN',
          2023,
          'Smoke plumes tracked daily; R² 0.78 against CPCB monitors',
        ),
      ],
      supplyCountries: [...ASIA_WIDE, 'AF', 'IR'],
      dealTypes: ['sale', 'pilot', 'licence'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'skyview-remote-sensing',
    status: 'published',
    publishedDaysAgo: 10,
    input: {
      title: 'Seven-day air-quality forecasting service with source attribution',
      summary:
        'WRF-CMAQ chemical-transport forecasts of PM2.5, O3 and AQI, with the share of each source sector, for early warning and emergency plans.',
      description:
        'Runs twice daily on our cloud with local emission inventories we build with the agency. Forecast bulletins in the local language, alert thresholds and a what-if tool for kiln or traffic curtailment.',
      translations: [
        zh('七天空气质量预报及来源解析', 'WRF-CMAQ 化学传输模式预报 PM2.5、臭氧和 AQI，给出各源贡献。'),
      ],
      category: 'monitoring.forecasting',
      costBasis: 'per-year',
      categories: ['monitoring.satellite'],
      pollutants: ['pm2.5', 'o3', 'nox', 'so2'],
      sectors: ['industry', 'transport', 'residential', 'agriculture', 'power'],
      trl: 8,
      capitalCostMinUsd: 60_000,
      capitalCostMaxUsd: 250_000,
      referenceProjects: [
        project('Heavy-pollution early warning, Hebei', 'CN', 2017, 'Next-day AQI category hit rate 82%'),
        project('Kathmandu Valley winter pilot', 'NP', 2024, '3-day PM2.5 forecast correlation 0.74'),
      ],
      supplyCountries: SOUTH_ASIA,
      dealTypes: ['sale', 'pilot'],
      supportLanguages: ['zh', 'en'],
    },
  },
  {
    vendor: 'skyview-remote-sensing',
    status: 'draft',
    input: {
      title: 'Methane plume detection from satellite imagery',
      summary: 'Finds landfill and coal-mine methane plumes in hyperspectral data; product in development.',
      description: 'Early stage; demonstration on public imagery only.',
      category: 'monitoring.satellite',
      pollutants: ['ch4'],
      sectors: ['waste-burning', 'industry.other'],
      trl: 5,
    },
  },
];
