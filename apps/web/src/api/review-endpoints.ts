import { api } from './endpoints';
import type { components } from './schema';

type Schemas = components['schemas'];

export type ExpertView = Schemas['ExpertView'];
export type ExpertProfileInput = Schemas['ExpertProfileDto'];
export type ExpertInvitationView = Schemas['ExpertInvitationView'];
export type ReviewView = Schemas['ReviewView'];
export type ReviewMaterialView = Schemas['ReviewMaterialView'];
export type SaveReviewInput = Schemas['SaveReviewDto'];
export type VerdictView = Schemas['VerdictView'];
export type ReviewStatus = ReviewView['status'];
export type ClaimOutcome = Schemas['ClaimMarkView']['outcome'];

export const REVIEW_CRITERIA = [
  'advancement',
  'practicality',
  'economy',
  'maturity',
  'serviceCapacity',
] as const;
export type ReviewCriterion = (typeof REVIEW_CRITERIA)[number];
export const CLAIM_OUTCOMES: ClaimOutcome[] = ['confirmed', 'confirmed-with-conditions', 'not-confirmed'];

const R = '/api/v1/reviews';

export const reviewsApi = {
  experts: () => api.get<{ items: ExpertView[] }>(`${R}/experts`),
  invitations: () => api.get<{ items: Schemas['PendingInvitationView'][] }>(`${R}/experts/invitations`),
  invite: (email: string) => api.post<ExpertInvitationView>(`${R}/experts/invitations`, { email }),
  me: () => api.get<ExpertView>(`${R}/experts/me`),
  saveProfile: (input: ExpertProfileInput) => api.put<ExpertView>(`${R}/experts/me/profile`, input),
  assign: (technologyId: string, expertIds: string[]) =>
    api.post<{ items: ReviewView[] }>(`${R}/assignments`, { technologyId, expertIds }),
  list: (query: { status?: ReviewStatus; technologyId?: string } = {}) =>
    api.get<{ items: ReviewView[] }>(`${R}/assignments`, { query }),
  material: (id: string) => api.get<ReviewMaterialView>(`${R}/assignments/${id}`),
  save: (id: string, input: SaveReviewInput) => api.put<ReviewView>(`${R}/assignments/${id}/review`, input),
  submit: (id: string) => api.post<ReviewView>(`${R}/assignments/${id}/submit`),
  publish: (technologyId: string, reviewIds: string[], summary: string) =>
    api.post<VerdictView>(`${R}/verdicts`, { technologyId, reviewIds, summary }),
  verdicts: (technologyId: string) =>
    api.get<{ items: VerdictView[] }>(`${R}/verdicts`, { query: { technologyId } }),
  answer: (id: string, answer: string) => api.post<VerdictView>(`${R}/verdicts/${id}/answer`, { answer }),
};
