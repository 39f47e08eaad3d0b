/**
 * Shapes of the 3iPET API: generated from /api/openapi.json into ./schema.d.ts (`npm run api:types`), named here
 * for the UI. Hand-written only where the UI needs more than the document says.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Role = 'vendor' | 'agency' | 'admin';
export type OrganizationKind = 'vendor' | 'agency';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export type UserView = Schemas['UserView'];

export type SessionView = Schemas['SessionView'];

export type ContactPerson = Schemas['ContactPersonView'];

export type OrganizationView = Schemas['OrganizationView'];

export type OrganizationSummary = Schemas['OrganizationSummary'];

export type MeView = Schemas['MeView'];

export interface OrganizationInput {
  name: string;
  country: string;
  city: string;
  website?: string | null;
  description?: string;
  sectors?: string[];
  pollutants?: string[];
  languages?: string[];
  contactPerson?: ContactPerson | null;
}

export type RegisterInput = Schemas['RegisterDto'];

export type InvitationView = Schemas['InvitationView'];

export type AuditEntryView = Schemas['AuditEntryView'];

// Taxonomy ------------------------------------------------------------------------------------------------------

export type Taxonomy = Schemas['TaxonomyView'];

// Technologies --------------------------------------------------------------------------------------------------

export type TechnologyStatus =
  'draft' | 'submitted' | 'changes_requested' | 'published' | 'archived' | 'expired';

export type Translation = Schemas['TranslationInput'];
export type LanguageId = Translation['language'];

export type ReferenceProject = Schemas['ReferenceProjectInput'];

export type TechnologyInput = Schemas['TechnologyInput'];

export type TechnologyView = Schemas['TechnologyView'];

export interface TechnologySearchHit {
  id: string;
  title: string;
  summary: string;
  category: string;
  categoryLabel: string;
  pollutants: string[];
  sectors: string[];
  trl: number;
  costMin?: number;
  costMax?: number;
  countries: string[];
  vendor: { id: string; name: string; country: string; verified: boolean };
  publishedAt: string;
  highlights: Record<string, string>;
  /** Not served yet; shown in the chosen language when the API starts sending them. */
  translations?: Translation[];
}

export type FacetCounts = Record<string, Record<string, number>>;

export interface SearchResult<Hit> {
  items: Hit[];
  total: number;
  page: number;
  limit: number;
  facets: FacetCounts;
}

export type SavedTechnologyQuery = Schemas['SavedTechnologyQuery'];

export type SavedSearchView = Schemas['SavedSearchView'];

// Needs ---------------------------------------------------------------------------------------------------------

export type NeedStatus = 'draft' | 'open' | 'closed';

export type NeedInput = Schemas['NeedInput'];

export type NeedView = Schemas['NeedView'];

export type NeedSearchHit = Schemas['NeedSearchHitView'];

// Events --------------------------------------------------------------------------------------------------------

export type EventView = Schemas['EventView'];

// Notifications -------------------------------------------------------------------------------------------------

export type NotificationView = Schemas['NotificationView'];

export type InboxPage = Schemas['InboxPage'];

// Matches -------------------------------------------------------------------------------------------------------

export type MatchStatus = 'proposed' | 'withdrawn' | 'rejected' | 'introduced' | 'connected' | 'declined';

export interface RecomputeRunView {
  id: string;
  status: 'queued' | 'running' | 'done';
  needsTotal: number | null;
  needsDone: number;
  requestedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}
export type ScoreComponentName =
  'pollutantCoverage' | 'sectorFit' | 'textRelevance' | 'geography' | 'trlFit' | 'costFit';

export type ScoreComponent = Schemas['ScoreComponentView'];

export type PartyResponse = Schemas['PartyResponseView'];

export type MatchNeedSummary = Schemas['MatchNeedSummary'];

export type MatchTechnologySummary = Schemas['MatchTechnologySummary'];

export type AdminMatchView = Schemas['AdminMatchView'];

export type PartyMatchView = Schemas['PartyMatchView'];
