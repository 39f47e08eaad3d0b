import type { EndReason, FinancingKind, ProjectActor, ProjectStage } from '../pipeline/project-stages';

export interface SeedMove {
  to: ProjectStage;
  daysAgo: number;
  by: Exclude<ProjectActor, 'curator'>;
  note?: string;
  contract?: { valueUsd: number; financing: FinancingKind };
  deployment?: { country: string; city: string; site: string; units: number };
  endReason?: EndReason;
  /** Left for the other side to confirm. */
  pending?: boolean;
}

export interface SeedResult {
  pollutant: string;
  metric: string;
  unit: string;
  baseline: number;
  after: number;
  method: string;
  periodStart: string;
  periodEnd: string;
  evidenceUrl: string;
  verified: boolean;
}

/** Each seeded project has a need of its own, so the demo needs keep their open proposals. */
export interface SeedNeed {
  agency: string;
  title: string;
  description: string;
  pollutants: string[];
  sectors: string[];
  country: string;
  city: string;
}

export interface SeedProject {
  need: SeedNeed;
  technologyTitle: string;
  connectedDaysAgo: number;
  moves: SeedMove[];
  results: SeedResult[];
  /** The need is closed as solved by this project. */
  solvesNeed?: boolean;
}

export const SEED_PROJECTS: SeedProject[] = [
  {
    need: {
      agency: 'kathmandu-clean-air',
      title: 'Zig-zag conversion of 24 kilns in the Tathali cluster, Bhaktapur',
      description:
        'Convert fixed-chimney bull trench kilns of the Tathali cluster to induced-draught zig-zag firing.',
      pollutants: ['black-carbon', 'pm2.5'],
      sectors: ['industry.brick-kilns'],
      country: 'NP',
      city: 'Bhaktapur',
    },
    technologyTitle: 'Zig-zag brick kiln conversion with induced draught fan',
    connectedDaysAgo: 240,
    moves: [
      {
        to: 'meeting-held',
        daysAgo: 225,
        by: 'vendor',
        note: 'Site visits to 14 kilns in Bhaktapur and Lalitpur.',
      },
      {
        to: 'proposal',
        daysAgo: 200,
        by: 'vendor',
        note: 'Quotation for 24 kilns, fan and firemen training.',
      },
      { to: 'pilot', daysAgo: 170, by: 'need', note: 'Two kilns converted for the winter firing season.' },
      {
        to: 'contract-signed',
        daysAgo: 130,
        by: 'need',
        contract: { valueUsd: 1_150_000, financing: 'green-finance' },
      },
      {
        to: 'deployed',
        daysAgo: 70,
        by: 'vendor',
        deployment: { country: 'NP', city: 'Bhaktapur', site: 'Tathali kiln cluster', units: 24 },
      },
      { to: 'results-measured', daysAgo: 20, by: 'need', note: 'Stack tests by the valley authority.' },
    ],
    results: [
      {
        pollutant: 'black-carbon',
        metric: 'emission-factor',
        unit: 'g/kg',
        baseline: 0.36,
        after: 0.14,
        method: 'Carbon balance stack sampling, aethalometer, 3 firing cycles per kiln',
        periodStart: '2026-01-10',
        periodEnd: '2026-03-20',
        evidenceUrl: 'https://example.org/3ipet-demo/tathali-stack-tests.pdf',
        verified: true,
      },
      {
        pollutant: 'pm2.5',
        metric: 'stack-concentration',
        unit: 'mg/Nm3',
        baseline: 1150,
        after: 410,
        method: 'Gravimetric isokinetic sampling',
        periodStart: '2026-01-10',
        periodEnd: '2026-03-20',
        evidenceUrl: 'https://example.org/3ipet-demo/tathali-pm.pdf',
        verified: false,
      },
    ],
    solvesNeed: true,
  },
  {
    need: {
      agency: 'western-province-environment',
      title: 'Continuous stack monitoring at the Kelanitissa power station, Colombo',
      description:
        'Continuous SO2, NOx and dust monitoring at the Kelanitissa units, reported online to the environmental authority.',
      pollutants: ['so2', 'nox', 'pm10'],
      sectors: ['power'],
      country: 'LK',
      city: 'Colombo',
    },
    technologyTitle: 'Continuous emission monitoring system (CEMS) for SO2, NOx, O2 and dust',
    connectedDaysAgo: 150,
    moves: [
      { to: 'meeting-held', daysAgo: 140, by: 'need' },
      { to: 'proposal', daysAgo: 120, by: 'vendor', note: 'Hot-wet extractive CEMS for two stacks.' },
      { to: 'contract-signed', daysAgo: 80, by: 'need', contract: { valueUsd: 186_000, financing: 'grant' } },
      {
        to: 'deployed',
        daysAgo: 25,
        by: 'vendor',
        deployment: {
          country: 'LK',
          city: 'Colombo',
          site: 'Kelanitissa power station, stacks 1–2',
          units: 2,
        },
      },
    ],
    results: [],
    solvesNeed: true,
  },
  {
    need: {
      agency: 'kathmandu-clean-air',
      title: 'PM2.5 sensor pilot in five Lalitpur schools',
      description:
        'Calibrated low-cost PM2.5 sensors in five schools, co-located with the reference station.',
      pollutants: ['pm2.5'],
      sectors: ['residential'],
      country: 'NP',
      city: 'Lalitpur',
    },
    technologyTitle: 'Low-cost PM2.5 sensor network with co-location calibration',
    connectedDaysAgo: 60,
    moves: [
      { to: 'meeting-held', daysAgo: 50, by: 'need' },
      { to: 'pilot', daysAgo: 30, by: 'vendor', note: 'Five schools co-located with the reference station.' },
      {
        to: 'contract-signed',
        daysAgo: 2,
        by: 'vendor',
        contract: { valueUsd: 42_000, financing: 'own-budget' },
        pending: true,
      },
    ],
    results: [],
  },
  {
    need: {
      agency: 'kandy-municipal',
      title: 'Oxidation catalysts for 60 Kandy depot buses',
      description: 'Retrofit diesel oxidation catalysts to the oldest 60 buses of the Kandy depot.',
      pollutants: ['pm2.5', 'co'],
      sectors: ['transport', 'transport.vehicles'],
      country: 'LK',
      city: 'Kandy',
    },
    technologyTitle: 'Diesel oxidation catalyst retrofit for city buses and trucks',
    connectedDaysAgo: 90,
    moves: [
      { to: 'meeting-held', daysAgo: 80, by: 'vendor' },
      { to: 'proposal', daysAgo: 45, by: 'vendor', note: 'Retrofit of 60 buses, two-year warranty.' },
    ],
    results: [],
  },
  {
    need: {
      agency: 'up-clean-air',
      title: 'Dust suppression at the Ghaziabad metro works',
      description: 'Fog cannons or equivalent at three metro construction sites in Ghaziabad.',
      pollutants: ['pm10', 'pm2.5'],
      sectors: ['construction-dust'],
      country: 'IN',
      city: 'Ghaziabad',
    },
    technologyTitle: 'Fog cannon for construction and demolition dust',
    connectedDaysAgo: 100,
    moves: [
      { to: 'meeting-held', daysAgo: 90, by: 'need' },
      {
        to: 'ended',
        daysAgo: 60,
        by: 'need',
        endReason: 'price',
        note: 'Local suppliers quoted half the price.',
      },
    ],
    results: [],
  },
];
