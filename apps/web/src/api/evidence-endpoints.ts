import { api } from './endpoints';
import type { components } from './schema';

type Schemas = components['schemas'];

export type ClaimView = Schemas['ClaimView'];
export type ClaimsView = Schemas['ClaimsView'];
export type ClaimInput = Schemas['ClaimInput'];
export type EvidenceInput = Schemas['EvidenceInput'];
export type EvidenceView = Schemas['EvidenceView'];
export type ClaimKind = ClaimView['kind'];
export type IssuerKind = EvidenceInput['issuerKind'];
export type ClaimVerification = ClaimView['verification']['status'];
export type VerifiedClaimView = Schemas['VerifiedClaimView'];

export const ISSUER_KINDS: readonly IssuerKind[] = ['lab', 'certifier', 'client', 'vendor'];
/** Kinds a vendor adds by hand; removal efficiency and certifications come from the listing's own fields. */
export const ADDABLE_CLAIM_KINDS: readonly ClaimInput['kind'][] = [
  'outlet-concentration',
  'emission-factor',
  'energy-use',
  'reference-result',
];
/** The units the API takes for each kind's figure (see libs/catalog CLAIM_UNITS). */
export const CLAIM_UNITS: Partial<Record<ClaimKind, readonly string[]>> = {
  'outlet-concentration': ['mg/Nm³', 'µg/m³', 'ppm'],
  'emission-factor': ['g/kg fuel', 'g/GJ', 'g/km', 'kg/t', 'g/kWh'],
  'energy-use': ['kW', 'kWh/h', 'kWh/t', 'kWh/1000 Nm³'],
  'reference-result': ['%', 'mg/Nm³', 'µg/m³', 'ppm'],
};
export const POLLUTANT_CLAIM_KINDS: readonly ClaimKind[] = ['outlet-concentration', 'emission-factor'];

const V1 = '/api/v1';
const evidenceOf = (technologyId: string) =>
  `${V1}/technologies/${encodeURIComponent(technologyId)}/evidence`;

export const evidence = {
  list: (technologyId: string) => api.get<ClaimsView>(evidenceOf(technologyId)),
  add: (technologyId: string, input: ClaimInput) => api.post<ClaimView>(evidenceOf(technologyId), input),
  attach: (technologyId: string, claimId: string, input: EvidenceInput) =>
    api.request<ClaimView>('PUT', `${evidenceOf(technologyId)}/${encodeURIComponent(claimId)}`, {
      body: input,
    }),
  detach: (technologyId: string, claimId: string) =>
    api.request<ClaimView>('DELETE', `${evidenceOf(technologyId)}/${encodeURIComponent(claimId)}/evidence`),
  remove: (technologyId: string, claimId: string) =>
    api.delete(`${evidenceOf(technologyId)}/${encodeURIComponent(claimId)}`),
};

/** Whether expert review confirmed the claim (with or without conditions). */
export const isVerifiedClaim = (claim: ClaimView) =>
  claim.verification.status === 'confirmed' || claim.verification.status === 'confirmed-with-conditions';
