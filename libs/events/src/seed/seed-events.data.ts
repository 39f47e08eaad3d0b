import type { EventInput } from '../dto/event-input.dto';

/** A demo event: starts `inDays` from now at `localTime` in its zone's fixed offset (none of these zones has DST). */
export interface SeedEvent {
  inDays: number;
  localStart: string;
  localEnd: string;
  durationDays: number;
  offset: string;
  /** Catalog seed keys of organisations already registered. */
  attendees: string[];
  /** The programme: `day` counts from the first day (0), `time` is the wall clock in the event's zone. */
  programme: { day: number; time: string; title: string; speaker?: string }[];
  input: Omit<EventInput, 'startsAt' | 'endsAt' | 'programme'>;
}

export const SEED_EVENTS: readonly SeedEvent[] = [
  {
    inDays: 21,
    localStart: '09:00',
    localEnd: '17:00',
    durationDays: 2,
    offset: '+05:45',
    attendees: ['kathmandu-clean-air', 'bagmati-brick'],
    programme: [
      {
        day: 0,
        time: '09:00',
        title: 'Welcome and why zig-zag firing cuts black carbon',
        speaker: 'Kathmandu Valley Clean Air Office',
      },
      {
        day: 0,
        time: '10:00',
        title: 'Setting bricks for zig-zag firing: hands-on at the kiln',
        speaker: 'Ram Bahadur Thapa, master fireman',
      },
      { day: 0, time: '14:00', title: 'Fan sizing and induced-draught options', speaker: 'Kiln fan vendors' },
      { day: 1, time: '09:00', title: 'Fuel feeding and firing practice' },
      {
        day: 1,
        time: '14:00',
        title: 'Stack measurements before and after conversion',
        speaker: 'Monitoring equipment vendors',
      },
      { day: 1, time: '16:00', title: 'Financing a conversion: loans and payback' },
    ],
    input: {
      title: 'Zig-zag kiln conversion: a hands-on workshop for kiln owners and firemen',
      kind: 'workshop',
      timeZone: 'Asia/Kathmandu',
      city: 'Bhaktapur',
      country: 'NP',
      organiser: 'Kathmandu Valley Clean Air Office with the Federation of Nepal Brick Industries',
      description:
        'Two days at a converted kiln: setting bricks for zig-zag firing, fan sizing, fuel feeding, and what the ' +
        'stack measurements show before and after. Vendors of kiln fans and monitoring equipment will demonstrate.',
      countries: ['NP', 'IN', 'BD'],
      pollutants: ['pm2.5', 'black-carbon'],
      sectors: ['industry', 'industry.brick-kilns'],
      showAttendees: true,
    },
  },
  {
    inDays: 60,
    localStart: '09:30',
    localEnd: '16:30',
    durationDays: 3,
    offset: '+05:30',
    attendees: ['western-province-environment', 'qiantang-esp'],
    programme: [
      {
        day: 0,
        time: '09:30',
        title: 'Opening plenary: shared airsheds of the Indo-Gangetic plain',
        speaker: 'Central Environmental Authority',
      },
      { day: 0, time: '13:30', title: 'Transboundary pollution: what the inventories show' },
      {
        day: 1,
        time: '09:30',
        title: 'Financing clean technology in South Asia',
        speaker: 'Regional development bank panel',
      },
      { day: 1, time: '14:00', title: 'Matchmaking floor: 3iPET introductions meet' },
      { day: 2, time: '09:30', title: 'City action plans: Colombo, Kathmandu, Lucknow' },
      { day: 2, time: '15:30', title: 'Closing and next steps' },
    ],
    input: {
      title: 'South Asia Regional Air Quality Conference: clean air, shared airsheds',
      kind: 'conference',
      timeZone: 'Asia/Colombo',
      city: 'Colombo',
      country: 'LK',
      organiser: 'Regional clean-air network and the Central Environmental Authority',
      description:
        'Three days for ministries, city agencies, researchers and technology providers: transboundary pollution in ' +
        'the Indo-Gangetic plain, financing clean technology, and a matchmaking floor where 3iPET introductions meet.',
      countries: ['LK', 'IN', 'NP', 'BD', 'BT', 'CN'],
      pollutants: ['pm2.5', 'nox', 'so2', 'o3'],
      sectors: ['power', 'industry', 'transport'],
      showAttendees: true,
    },
  },
  {
    inDays: 10,
    localStart: '15:00',
    localEnd: '16:30',
    durationDays: 1,
    offset: '+08:00',
    attendees: ['up-clean-air'],
    programme: [
      {
        day: 0,
        time: '15:00',
        title: 'ESP, hybrid and bag filters: how each works',
        speaker: 'Cement plant engineers, Zhejiang',
      },
      { day: 0, time: '15:40', title: 'Lifetime cost compared: power, bags and maintenance' },
      { day: 0, time: '16:10', title: 'Questions and answers (interpreted into English)' },
    ],
    input: {
      title: '静电除尘还是袋式除尘? ESP vs bag filters for cement kilns: choosing, sizing, costs',
      kind: 'webinar',
      timeZone: 'Asia/Shanghai',
      onlineUrl: 'https://webinar.3ipet.example.org/esp-vs-bag-filters',
      organiser: 'MEE Foreign Economic Cooperation Office, with Chinese ESP and filter makers',
      description:
        'Engineers from Chinese cement plants compare electrostatic precipitators, hybrid ESP-fabric filters and ' +
        'pulse-jet baghouses: outlet dust, pressure drop, bag life, power use and lifetime cost. Interpreted into English.',
      countries: ['IN', 'NP', 'LK', 'CN'],
      pollutants: ['pm2.5', 'pm10'],
      sectors: ['industry', 'industry.cement'],
    },
  },
  {
    inDays: 28,
    localStart: '14:00',
    localEnd: '15:30',
    durationDays: 1,
    offset: '+05:30',
    attendees: [],
    programme: [
      {
        day: 0,
        time: '14:00',
        title: 'Co-locating sensors with reference monitors',
        speaker: 'Uttar Pradesh Urban Clean Air Programme Office',
      },
      { day: 0, time: '14:40', title: 'Humidity correction and QA/QC in practice' },
      { day: 0, time: '15:10', title: 'Questions and answers' },
    ],
    input: {
      title: 'Low-cost sensors: calibration, QA/QC, and what the data can (and cannot) tell you',
      kind: 'webinar',
      timeZone: 'Asia/Kolkata',
      onlineUrl: 'https://webinar.3ipet.example.org/low-cost-sensors',
      organiser: 'Uttar Pradesh Urban Clean Air Programme Office',
      description:
        'How city programmes in India co-locate sensors with reference monitors, correct for humidity, and decide ' +
        'which decisions sensor data can support.',
      countries: ['IN', 'NP', 'LK'],
      pollutants: ['pm2.5', 'pm10'],
      sectors: ['construction-dust', 'transport'],
    },
  },
  {
    inDays: 35,
    localStart: '10:00',
    localEnd: '17:00',
    durationDays: 1,
    offset: '+05:30',
    attendees: ['punjab-residue'],
    programme: [
      {
        day: 0,
        time: '10:00',
        title: 'Field demonstration: in-situ straw management',
        speaker: 'Punjab Agricultural University',
      },
      { day: 0, time: '13:00', title: 'Pelletising and boiler co-firing' },
      {
        day: 0,
        time: '15:00',
        title: 'How custom hiring centres break even',
        speaker: 'Punjab Crop Residue Partnership',
      },
    ],
    input: {
      title: 'Paddy straw without fire: machinery, biomass supply chains and farmer economics',
      kind: 'workshop',
      timeZone: 'Asia/Kolkata',
      city: 'Ludhiana',
      country: 'IN',
      onlineUrl: 'https://webinar.3ipet.example.org/paddy-straw-live',
      organiser: 'Punjab Crop Residue Partnership and Punjab Agricultural University',
      description:
        'Field demonstration of in-situ straw management, then sessions on pelletising, boiler co-firing and how ' +
        'custom hiring centres break even. Also streamed live.',
      countries: ['IN'],
      pollutants: ['pm2.5', 'black-carbon', 'co'],
      sectors: ['agriculture'],
    },
  },
  {
    inDays: 90,
    localStart: '09:00',
    localEnd: '18:00',
    durationDays: 5,
    offset: '+08:00',
    attendees: ['kandy-municipal'],
    programme: [
      {
        day: 0,
        time: '09:00',
        title: 'Arrival and briefing in Hangzhou',
        speaker: 'MEE Foreign Economic Cooperation Office',
      },
      { day: 1, time: '09:00', title: 'Cement plant visit: ESP and bag filter retrofits' },
      { day: 2, time: '09:00', title: 'Power plant visit: wet FGD and CEMS' },
      { day: 3, time: '09:00', title: 'Transfer to Shanghai; steel plant visit' },
      { day: 4, time: '10:00', title: 'Meetings with vendors and wrap-up' },
    ],
    input: {
      title: 'Technology delegation to Hangzhou and Shanghai: ESP, FGD and CEMS reference plants',
      kind: 'delegation',
      timeZone: 'Asia/Shanghai',
      city: 'Hangzhou',
      country: 'CN',
      organiser: 'MEE Foreign Economic Cooperation Office',
      description:
        'A five-day visit for agency officials from Nepal, India and Sri Lanka to cement, steel and power plants running ' +
        'Chinese control and monitoring systems, with meetings with the vendors behind them.',
      countries: ['NP', 'IN', 'LK'],
      pollutants: ['pm2.5', 'so2', 'nox'],
      sectors: ['power', 'industry', 'industry.cement', 'industry.steel'],
    },
  },
  {
    inDays: -30,
    localStart: '10:00',
    localEnd: '12:00',
    durationDays: 1,
    offset: '+05:45',
    attendees: ['kathmandu-clean-air'],
    programme: [
      { day: 0, time: '10:00', title: 'The winter forecast', speaker: 'Kathmandu Valley Clean Air Office' },
      { day: 0, time: '10:45', title: 'Open-burning controls and school advisories' },
    ],
    input: {
      title: 'Winter smog briefing for the Kathmandu valley',
      kind: 'webinar',
      timeZone: 'Asia/Kathmandu',
      onlineUrl: 'https://webinar.3ipet.example.org/winter-smog-briefing',
      organiser: 'Kathmandu Valley Clean Air Office',
      description: 'Forecasts, open-burning controls and school advisories for the coming winter.',
      countries: ['NP'],
      pollutants: ['pm2.5'],
      sectors: ['waste-burning', 'industry.brick-kilns'],
    },
  },
];
