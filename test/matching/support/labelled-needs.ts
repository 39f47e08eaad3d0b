import type { NeedWants, UnitKind } from '@3ipet/common';

/** 2: what an engineer would put first; 1: acceptable, worth a curator's look. Anything else: 0. */
export type Grade = 1 | 2;

export interface LabelledNeed {
  title: string;
  description: string;
  wants: NeedWants;
  pollutants: string[];
  sectors: string[];
  country: string;
  budgetMaxUsd: number | null;
  unitCount?: number;
  unitKind?: UnitKind;
  minTrl?: number;
  /** The seeded listings (by title) an air-quality engineer would pick, and why. */
  picks: { listing: string; grade: Grade; why: string }[];
}

const L = {
  esp: 'Electrostatic precipitator retrofit for cement kiln and clinker cooler',
  sinterEsp: 'Sinter machine electrostatic precipitator with high-frequency power supply',
  pulseJet: 'Pulse-jet bag filter with PTFE membrane bags for cement kilns',
  compactFilter: 'Compact fabric filter for brick kilns and small boilers',
  cyclone: 'Multi-cyclone pre-cleaner for biomass and coal boilers',
  wetFgd: 'Limestone-gypsum wet flue gas desulfurisation for coal power units',
  semiDryFgd: 'Semi-dry circulating fluidised bed desulfurisation for industrial boilers',
  scr: 'Selective catalytic reduction for cement kiln preheater exhaust',
  sncr: 'SNCR denitrification with urea injection for boilers and kilns',
  lowNox: 'Ultra-low-NOx gas burner with flue gas recirculation for industrial boilers',
  rto: 'Three-bed regenerative thermal oxidiser (RTO) for VOC exhaust',
  zeolite: 'Zeolite rotor concentrator with catalytic oxidiser for dilute VOCs',
  dpfGenset: 'Diesel particulate filter retrofit for diesel generator sets',
  recd: 'Retrofit emission control device for DG sets (RECD)',
  sensors: 'Low-cost PM2.5 sensor network with co-location calibration',
  classroomMonitor: 'Indoor air quality monitor for classrooms',
  cems: 'Continuous emission monitoring system (CEMS) for SO2, NOx, O2 and dust',
  station: 'Ambient air-quality reference monitoring station',
  analysers: 'Chemiluminescence NOx and UV-photometric ozone analysers',
  satellite: 'Satellite-derived daily PM2.5 and NO2 maps at 1 km',
  forecasting: 'Seven-day air-quality forecasting service with source attribution',
  zigZag: 'Zig-zag brick kiln conversion with induced draught fan',
  tunnelKiln: 'Automated tunnel kiln line for fired clay bricks',
  baler: 'Square baler and rake for paddy straw collection',
  seeder: 'No-till wheat seeder that sows into standing paddy stubble',
  fogCannon: 'Fog cannon for construction and demolition dust',
  sweeper: 'Road washing and vacuum sweeping vehicle for city streets',
  gasifierStove: 'Forced-draft gasifier cookstove for wood and pellets',
  induction: 'Induction cooking kit for LPG and firewood households',
  eBus: '12 m battery-electric city bus with depot charging',
  eRickshaw: 'Electric rickshaw with swappable LFP battery',
  purifier: 'HEPA classroom air purifier with PM2.5 sensor',
  ventilation: 'Heat-recovery fresh-air ventilation unit with F9 filtration',
  eafFilter: 'Fabric filter for electric arc furnace fume in steel melt shops',
  lowTempScr: 'Low-temperature SCR catalyst for glass furnaces and coke ovens',
  doc: 'Diesel oxidation catalyst retrofit for city buses and trucks',
  kilnKit: 'Portable stack and ambient monitoring kit for brick kiln surveys',
} as const;

/**
 * Needs written the way agencies write them, with the picks an air-quality engineer would make from the
 * seeded catalogue: monitoring-only, cut-only and both; unit prices against programme budgets; sub-sectors
 * against their parent sector.
 */
export const LABELLED_NEEDS: LabelledNeed[] = [
  // Measuring only.
  {
    title: 'Continuous stack monitoring for cement plants in the Narayani corridor',
    description:
      'The Department of Environment needs continuous measurement of SO2, NOx and dust at the main stacks of ' +
      '12 cement plants, with data sent to the regulator every minute and yearly audits.',
    wants: 'measure',
    pollutants: ['so2', 'nox', 'pm10'],
    sectors: ['industry.cement'],
    country: 'NP',
    budgetMaxUsd: 1_500_000,
    unitCount: 12,
    unitKind: 'stacks',
    picks: [{ listing: L.cems, grade: 2, why: 'CEMS is exactly continuous stack measurement' }],
  },
  {
    title: 'PM2.5 sensor network for schools and wards of Lalitpur',
    description:
      'We want real-time PM2.5 readings at 80 schools and ward offices, calibrated against a reference ' +
      'monitor, on a public dashboard that principals and parents can read.',
    wants: 'measure',
    pollutants: ['pm2.5', 'pm10'],
    sectors: ['residential'],
    country: 'NP',
    budgetMaxUsd: 250_000,
    picks: [
      { listing: L.sensors, grade: 2, why: 'a calibrated low-cost network is what is described' },
      { listing: L.classroomMonitor, grade: 1, why: 'indoor readings for the schools part' },
      { listing: L.station, grade: 1, why: 'the reference the sensors are calibrated against' },
    ],
  },
  {
    title: 'Reference-grade ambient monitoring station for Chittagong',
    description:
      'The port city has no regulatory-grade station. We need one station measuring PM2.5, PM10, SO2, NOx and ' +
      'ozone to national standards, with training of the lab staff.',
    wants: 'measure',
    pollutants: ['pm2.5', 'pm10', 'so2', 'nox', 'o3'],
    sectors: ['industry'],
    country: 'BD',
    budgetMaxUsd: 400_000,
    picks: [
      { listing: L.station, grade: 2, why: 'a reference station measuring all five' },
      { listing: L.analysers, grade: 1, why: 'reference analysers for NOx and ozone' },
      { listing: L.cems, grade: 1, why: 'measures the same gases, at stacks rather than ambient' },
    ],
  },
  {
    title: 'Daily maps of crop-fire smoke over Punjab',
    description:
      'During the burning season we need daily maps of PM2.5 and black carbon across the state from satellite ' +
      'data, to target enforcement teams at the worst districts.',
    wants: 'measure',
    pollutants: ['pm2.5', 'black-carbon'],
    sectors: ['agriculture'],
    country: 'IN',
    budgetMaxUsd: 150_000,
    picks: [
      { listing: L.satellite, grade: 2, why: 'satellite PM2.5 and black-carbon maps' },
      { listing: L.forecasting, grade: 1, why: 'source attribution and forecasts for the season' },
    ],
  },
  {
    title: 'Air-quality forecasting for winter smog alerts in Lahore',
    description:
      'The provincial agency wants three-to-seven-day forecasts of PM2.5, NOx and ozone to issue smog alerts ' +
      'and close schools ahead of the worst days.',
    wants: 'measure',
    pollutants: ['pm2.5', 'nox', 'o3'],
    sectors: ['transport', 'residential'],
    country: 'PK',
    budgetMaxUsd: 300_000,
    picks: [
      { listing: L.forecasting, grade: 2, why: 'a forecasting service is what is asked' },
      { listing: L.station, grade: 1, why: 'the measurements forecasts are checked against' },
      { listing: L.satellite, grade: 1, why: 'daily PM2.5 and NO2 maps feed the forecast' },
    ],
  },
  {
    title: 'Stack surveys of brick kilns in the Dhaka belt',
    description:
      'Inspectors need portable equipment to survey stack PM2.5, black carbon and SO2 at brick kilns during ' +
      'the firing season; five survey teams.',
    wants: 'measure',
    pollutants: ['pm2.5', 'black-carbon', 'so2'],
    sectors: ['industry.brick-kilns'],
    country: 'BD',
    budgetMaxUsd: 100_000,
    unitCount: 5,
    unitKind: 'sites',
    picks: [
      { listing: L.kilnKit, grade: 2, why: 'a portable kiln survey kit' },
      { listing: L.cems, grade: 1, why: 'stack monitoring, fixed rather than portable' },
      { listing: L.sensors, grade: 1, why: 'ambient PM2.5 around the kiln belt' },
    ],
  },
  // Cutting only.
  {
    title: 'Bag filters for cement kilns in Gujarat',
    description:
      'Eight cement kilns must meet the new 30 mg/Nm3 dust limit. We seek kiln and clinker cooler dust ' +
      'collectors, bag filters or precipitators, with guarantees.',
    wants: 'cut',
    pollutants: ['pm2.5', 'pm10'],
    sectors: ['industry.cement'],
    country: 'IN',
    budgetMaxUsd: 30_000_000,
    unitCount: 8,
    unitKind: 'kilns',
    picks: [
      { listing: L.pulseJet, grade: 2, why: 'cement kiln bag filter' },
      { listing: L.esp, grade: 2, why: 'cement kiln precipitator, the alternative named' },
    ],
  },
  {
    title: 'NOx reduction at cement preheater towers in Tamil Nadu',
    description:
      'Three cement lines must cut NOx below 600 mg/Nm3. We look for SNCR or SCR at the preheater, or burner ' +
      'changes.',
    wants: 'cut',
    pollutants: ['nox'],
    sectors: ['industry.cement'],
    country: 'IN',
    budgetMaxUsd: 12_000_000,
    unitCount: 3,
    unitKind: 'kilns',
    picks: [
      { listing: L.scr, grade: 2, why: 'SCR at the cement preheater' },
      { listing: L.sncr, grade: 2, why: 'SNCR for kilns, the cheaper option named' },
      { listing: L.lowTempScr, grade: 1, why: 'another SCR, designed for glass and coke ovens' },
      { listing: L.lowNox, grade: 1, why: 'burner changes, for boilers rather than kilns' },
    ],
  },
  {
    title: 'Cleaner diesel generators at telecom towers in Sri Lanka',
    description:
      'Two hundred diesel generator sets at telecom towers run for hours every day during outages; we want ' +
      'their soot and PM cut with retrofit devices.',
    wants: 'cut',
    pollutants: ['pm2.5', 'black-carbon'],
    sectors: ['transport.diesel-generators'],
    country: 'LK',
    budgetMaxUsd: 1_000_000,
    unitCount: 200,
    unitKind: 'generators',
    picks: [
      { listing: L.recd, grade: 2, why: 'retrofit device for DG sets' },
      { listing: L.dpfGenset, grade: 2, why: 'DPF for DG sets' },
    ],
  },
  {
    title: 'Clean cookstoves for 5,000 households in Terai villages',
    description:
      'Households cook on open fires with wood and dung; we want clean cooking solutions that cut smoke ' +
      'indoors, with a subsidy programme for 5,000 homes.',
    wants: 'cut',
    pollutants: ['pm2.5', 'black-carbon', 'co'],
    sectors: ['residential'],
    country: 'NP',
    budgetMaxUsd: 600_000,
    unitCount: 5000,
    unitKind: 'households',
    picks: [
      { listing: L.gasifierStove, grade: 2, why: 'a clean biomass cookstove' },
      { listing: L.induction, grade: 2, why: 'switching to induction cooking' },
    ],
  },
  {
    title: 'Electric buses for the Kathmandu city fleet',
    description:
      'Sajha Yatayat wants to replace 20 old diesel buses with electric buses, with depot charging and ' +
      'training of drivers and mechanics.',
    wants: 'cut',
    pollutants: ['pm2.5', 'nox', 'black-carbon'],
    sectors: ['transport.vehicles'],
    country: 'NP',
    budgetMaxUsd: 8_000_000,
    unitCount: 20,
    unitKind: 'buses',
    picks: [
      { listing: L.eBus, grade: 2, why: 'electric city bus with depot charging' },
      { listing: L.doc, grade: 1, why: 'cleaner diesel buses while the fleet turns over' },
    ],
  },
  {
    title: 'Electric three-wheelers for last-mile transport in Dhaka',
    description:
      'Replace 500 two-stroke and CNG three-wheelers with electric ones and battery swapping stations.',
    wants: 'cut',
    pollutants: ['pm2.5', 'co'],
    sectors: ['transport.two-wheelers'],
    country: 'BD',
    budgetMaxUsd: 2_500_000,
    unitCount: 500,
    unitKind: 'vehicles',
    picks: [{ listing: L.eRickshaw, grade: 2, why: 'electric rickshaw with swappable batteries' }],
  },
  {
    title: 'SO2 scrubbing for a coal power station in Sindh',
    description:
      'A 600 MW coal power station must cut SO2 to meet national limits; we seek flue gas desulfurisation.',
    wants: 'cut',
    pollutants: ['so2'],
    sectors: ['power'],
    country: 'PK',
    budgetMaxUsd: 80_000_000,
    picks: [
      { listing: L.wetFgd, grade: 2, why: 'wet FGD for coal power units' },
      { listing: L.semiDryFgd, grade: 1, why: 'semi-dry FGD, usually for smaller units' },
    ],
  },
  {
    title: 'VOC abatement for paint shops and printing plants in Bangkok',
    description:
      'Solvent emissions from automotive paint shops and printers feed ozone; we want VOC control on their ' +
      'exhaust.',
    wants: 'cut',
    pollutants: ['vocs'],
    sectors: ['industry.other'],
    country: 'TH',
    budgetMaxUsd: 3_000_000,
    picks: [
      { listing: L.rto, grade: 2, why: 'RTO for VOC exhaust' },
      { listing: L.zeolite, grade: 2, why: 'concentrator and oxidiser for dilute VOCs' },
    ],
  },
  {
    title: 'Dust suppression at stone crushers and construction sites in Rajasthan',
    description:
      'Crushers and building sites around Jaipur raise PM10 all day. We want misting and fog cannons at 25 ' +
      'sites.',
    wants: 'cut',
    pollutants: ['pm10', 'pm2.5'],
    sectors: ['construction-dust'],
    country: 'IN',
    budgetMaxUsd: 800_000,
    unitCount: 25,
    unitKind: 'sites',
    picks: [
      { listing: L.fogCannon, grade: 2, why: 'fog cannons are named' },
      { listing: L.sweeper, grade: 1, why: 'haul-road dust around the sites' },
    ],
  },
  {
    title: 'Fume extraction for steel melt shops in Jamshedpur',
    description:
      'Electric arc furnaces release metal-laden fume; we need fume capture and filtration meeting 20 mg/Nm3.',
    wants: 'cut',
    pollutants: ['pm2.5', 'pm10', 'heavy-metals'],
    sectors: ['industry.steel'],
    country: 'IN',
    budgetMaxUsd: 10_000_000,
    picks: [
      { listing: L.eafFilter, grade: 2, why: 'EAF fume fabric filter' },
      { listing: L.sinterEsp, grade: 1, why: 'steel-plant precipitator, for the sinter line' },
    ],
  },
  {
    title: 'Crop-residue machinery for 50 custom hiring centres in Haryana',
    description:
      'Custom hiring centres need machines so farmers can manage paddy straw without burning it, in the field ' +
      'or by baling it for biomass plants.',
    wants: 'cut',
    pollutants: ['pm2.5', 'black-carbon', 'co'],
    sectors: ['agriculture'],
    country: 'IN',
    budgetMaxUsd: 2_000_000,
    unitCount: 50,
    unitKind: 'sites',
    picks: [
      { listing: L.seeder, grade: 2, why: 'sowing into standing stubble' },
      { listing: L.baler, grade: 2, why: 'baling straw for biomass plants' },
    ],
  },
  {
    title: 'Boiler dust pre-cleaning for rice mills in Bangladesh',
    description:
      'Husk-fired boilers at 20 rice mills blow coarse dust over villages; we want low-cost dust collectors.',
    wants: 'cut',
    pollutants: ['pm10'],
    sectors: ['industry.other'],
    country: 'BD',
    budgetMaxUsd: 600_000,
    unitCount: 20,
    unitKind: 'boilers',
    picks: [
      { listing: L.cyclone, grade: 2, why: 'multi-cyclone for biomass boilers' },
      { listing: L.compactFilter, grade: 1, why: 'fabric filter for small boilers, finer and dearer' },
    ],
  },
  {
    title: 'Cleaner indoor air in 40 Ulaanbaatar kindergartens',
    description:
      'Winter smog enters kindergartens; we want filtration of classroom air, by purifiers or ventilation.',
    wants: 'cut',
    pollutants: ['pm2.5'],
    sectors: ['residential'],
    country: 'MN',
    budgetMaxUsd: 300_000,
    unitCount: 40,
    unitKind: 'sites',
    picks: [
      { listing: L.purifier, grade: 2, why: 'HEPA classroom purifier' },
      { listing: L.ventilation, grade: 2, why: 'filtered fresh-air ventilation' },
    ],
  },
  {
    title: 'Oxidation catalysts for 300 municipal trucks in Colombo',
    description:
      'The council’s diesel trucks smoke badly; we want catalyst retrofits on 300 trucks within a fixed budget.',
    wants: 'cut',
    pollutants: ['co', 'pm2.5'],
    sectors: ['transport.vehicles'],
    country: 'LK',
    budgetMaxUsd: 1_000_000,
    unitCount: 300,
    unitKind: 'vehicles',
    picks: [{ listing: L.doc, grade: 2, why: 'DOC retrofit for trucks' }],
  },
  // Both.
  {
    title: 'Monitor and cut PM from brick kilns in Bhaktapur',
    description:
      'We want 30 kilns converted to cleaner firing and their stacks surveyed before and after, to show the ' +
      'gains to owners.',
    wants: 'both',
    pollutants: ['pm2.5', 'black-carbon'],
    sectors: ['industry.brick-kilns'],
    country: 'NP',
    budgetMaxUsd: 3_000_000,
    unitCount: 30,
    unitKind: 'kilns',
    picks: [
      { listing: L.zigZag, grade: 2, why: 'zig-zag conversion is the cleaner firing' },
      { listing: L.kilnKit, grade: 2, why: 'the before-and-after stack surveys' },
      { listing: L.compactFilter, grade: 1, why: 'bag filters for kilns' },
      { listing: L.tunnelKiln, grade: 1, why: 'the long-term replacement, far above the budget' },
      { listing: L.cems, grade: 1, why: 'continuous stack measurement' },
    ],
  },
  {
    title: 'Measure and reduce road dust in Kathmandu',
    description:
      'Road dust dominates PM10 in the dry season. We want street sweeping and washing, and sensors to show ' +
      'the effect ward by ward.',
    wants: 'both',
    pollutants: ['pm10', 'pm2.5'],
    sectors: ['construction-dust'],
    country: 'NP',
    budgetMaxUsd: 900_000,
    picks: [
      { listing: L.sweeper, grade: 2, why: 'street sweeping and washing' },
      { listing: L.sensors, grade: 2, why: 'sensors to show the effect' },
      { listing: L.fogCannon, grade: 1, why: 'dust suppression at construction sites' },
    ],
  },
  {
    title: 'Cut particulate emissions from industrial boilers in Faisalabad',
    description:
      'Textile mills run coal and biomass boilers without dust control; we want collectors for 40 boilers.',
    wants: 'cut',
    pollutants: ['pm2.5', 'pm10'],
    sectors: ['industry'],
    country: 'PK',
    budgetMaxUsd: 4_000_000,
    unitCount: 40,
    unitKind: 'boilers',
    picks: [
      { listing: L.compactFilter, grade: 2, why: 'fabric filter for small boilers' },
      { listing: L.cyclone, grade: 1, why: 'a boiler pre-cleaner: catches PM10, little of the PM2.5 named' },
      { listing: L.semiDryFgd, grade: 1, why: 'dust and SO2 for larger industrial boilers' },
    ],
  },
];
