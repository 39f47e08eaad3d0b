import { api } from './endpoints';
import type { components } from './schema';

type Schemas = components['schemas'];

export type ProjectView = Schemas['ProjectView'];
export type ProjectDetailView = Schemas['ProjectDetailView'];
export type ProjectStage = ProjectView['stage'];
export type MoveView = Schemas['MoveView'];
export type ProposeMoveInput = Schemas['ProposeMoveInput'];
export type ResultView = Schemas['ResultView'];
export type ResultInput = Schemas['ResultInput'];
export type ImpactView = Schemas['ImpactView'];
export type ProjectPage = Schemas['ProjectPage'];
export type TrackRecordView = Schemas['TrackRecordView'];
export type BaselineInput = Schemas['BaselineInput'];
export type BaselineView = Schemas['BaselineView'];

export const PIPELINE_STAGES = [
  'connected',
  'meeting-held',
  'proposal',
  'pilot',
  'contract-signed',
  'deployed',
  'results-measured',
] as const satisfies readonly ProjectStage[];
export const PROJECT_STAGES = [
  ...PIPELINE_STAGES,
  'paused',
  'ended',
] as const satisfies readonly ProjectStage[];
export const END_REASONS = ['price', 'technical-fit', 'financing', 'policy', 'other'] as const;
export const FINANCING_KINDS = [
  'own-budget',
  'grant',
  'concessional-loan',
  'green-finance',
  'other',
] as const;
export const RESULT_METRICS = {
  'stack-concentration': ['mg/Nm3'],
  'ambient-concentration': ['µg/m3'],
  'annual-emission': ['t/yr', 'kg/yr'],
  'emission-factor': ['g/kg', 'kg/t'],
  other: [],
} as const;
export type ResultMetric = keyof typeof RESULT_METRICS;

const V1 = '/api/v1';
const project = (id: string) => `${V1}/projects/${encodeURIComponent(id)}`;

export const projects = {
  list: (query: {
    stage?: ProjectStage;
    stalled?: boolean;
    needId?: string;
    page?: number;
    limit?: number;
  }) => api.get<ProjectPage>(`${V1}/projects`, { query }),
  one: (id: string) => api.get<ProjectDetailView>(project(id)),
  propose: (id: string, input: ProposeMoveInput) =>
    api.post<ProjectDetailView>(`${project(id)}/moves`, input),
  confirm: (id: string, moveId: string) =>
    api.post<ProjectDetailView>(`${project(id)}/moves/${encodeURIComponent(moveId)}/confirm`, {}),
  results: (id: string) => api.get<{ items: ResultView[] }>(`${project(id)}/results`),
  recordResult: (id: string, input: ResultInput) => api.post<ResultView>(`${project(id)}/results`, input),
  verifyResult: (id: string, resultId: string) =>
    api.post<ResultView>(`${project(id)}/results/${encodeURIComponent(resultId)}/verify`, {}),
};

export const impact = {
  get: () => api.get<ImpactView>(`${V1}/impact`),
  csvUrl: `${V1}/impact.csv`,
};

export const trackRecords = {
  of: (organizationId: string) =>
    api.get<TrackRecordView>(`${V1}/organizations/${encodeURIComponent(organizationId)}/track-record`),
};

export const needBaselines = {
  list: (needId: string) =>
    api.get<{ items: BaselineView[] }>(`${V1}/needs/${encodeURIComponent(needId)}/baselines`),
  add: (needId: string, input: BaselineInput) =>
    api.post<BaselineView>(`${V1}/needs/${encodeURIComponent(needId)}/baselines`, input),
};
