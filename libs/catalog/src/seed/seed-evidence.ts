import type { ClaimVerification, IssuerKind } from '../claims/technology-claim.entity';

/** Evidence and, for some, an expert verdict on claims of the demo listings (set directly, no review). */
export interface SeedEvidence {
  /** Title of a seeded listing. */
  listing: string;
  /** The claim: a removal efficiency by pollutant, or a certification by its name. */
  claim: { pollutant: string } | { certification: string };
  url: string;
  issuer: string;
  issuerKind: IssuerKind;
  method?: string;
  testedOn?: string;
  conditions?: string;
  validUntil?: string;
  verification?: Exclude<ClaimVerification, 'stated'>;
  verificationNote?: string;
  /** Days before the seed date the verdict was given. */
  verifiedDaysAgo?: number;
}

export const SEED_EVIDENCE: readonly SeedEvidence[] = [
  {
    listing: 'Electrostatic precipitator retrofit for cement kiln and clinker cooler',
    claim: { pollutant: 'pm10' },
    url: 'https://evidence.3ipet.local/qiantang/cbma-2025-0418.pdf',
    issuer: 'China Building Materials Academy test centre',
    issuerKind: 'lab',
    method: 'GB/T 16157-1996 isokinetic sampling',
    testedOn: '2025-04-18',
    conditions: 'Dry-process kiln, 5,000 t/d clinker, 92 % load, inlet 48 g/Nm³',
    validUntil: '2028-04-17',
    verification: 'confirmed',
    verifiedDaysAgo: 40,
  },
  {
    listing: 'Electrostatic precipitator retrofit for cement kiln and clinker cooler',
    claim: { pollutant: 'pm2.5' },
    url: 'https://evidence.3ipet.local/qiantang/client-letter-2024.pdf',
    issuer: 'Anhui Conch kiln line 3',
    issuerKind: 'client',
    testedOn: '2024-09-02',
    conditions: 'Clinker cooler exhaust, full load',
  },
  {
    listing: 'Electrostatic precipitator retrofit for cement kiln and clinker cooler',
    claim: { certification: 'ISO 9001' },
    url: 'https://evidence.3ipet.local/qiantang/iso9001-certificate.pdf',
    issuer: 'China Quality Certification Centre',
    issuerKind: 'certifier',
    testedOn: '2024-06-30',
    validUntil: '2027-06-29',
    verification: 'confirmed',
    verifiedDaysAgo: 40,
  },
  {
    listing: 'Pulse-jet bag filter with PTFE membrane bags for cement kilns',
    claim: { pollutant: 'pm2.5' },
    url: 'https://evidence.3ipet.local/taihu/sgs-ptfe-2024-1105.pdf',
    issuer: 'SGS-CSTC Standards Technical Services',
    issuerKind: 'lab',
    method: 'HJ 836-2017',
    testedOn: '2024-11-05',
    conditions: 'Kiln tail at 85 % load, inlet 30 g/Nm³, filtration velocity 0.9 m/min',
    validUntil: '2027-11-04',
    verification: 'confirmed-with-conditions',
    verificationNote: 'Holds at filtration velocities up to 1.0 m/min.',
    verifiedDaysAgo: 12,
  },
  {
    listing: 'Catalytic ceramic filter candles for hot-gas dust, NOx and dioxin removal',
    claim: { pollutant: 'nox' },
    url: 'https://evidence.3ipet.local/rheinland/tuev-candles-2023.pdf',
    issuer: 'TÜV Rheinland Energy',
    issuerKind: 'lab',
    method: 'EN 14792',
    testedOn: '2023-10-11',
    conditions: 'Glass furnace off-gas at 380 °C, NH3/NOx 1.0',
  },
  {
    listing: 'Compact fabric filter for brick kilns and small boilers',
    claim: { pollutant: 'pm2.5' },
    url: 'https://evidence.3ipet.local/taihu/bhaktapur-kiln-2024.pdf',
    issuer: 'Bhaktapur brick kiln cluster',
    issuerKind: 'client',
    testedOn: '2024-02-20',
    conditions: 'Zigzag kiln, coal and biomass co-firing',
  },
];
