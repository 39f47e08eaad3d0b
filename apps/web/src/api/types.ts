/**
 * Shapes of the 3iPET API: generated from /api/openapi.json into ./schema.d.ts (`npm run api:types`), named here
 * for the UI. Hand-written only where the UI needs more than the document says.
 */
import type { components } from './schema';

type Schemas = components['schemas'];

export type Role = Schemas['UserView']['role'];
export type OrganizationKind = Schemas['OrganizationView']['kind'];

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

export type OrganizationInput = Schemas['UpdateOrganizationDto'];

export type RegisterInput = Schemas['RegisterDto'];

export type InvitationView = Schemas['InvitationView'];

export type AuditEntryView = Schemas['AuditEntryView'];

// Taxonomy ------------------------------------------------------------------------------------------------------

export type Taxonomy = Schemas['TaxonomyView'];

// Technologies --------------------------------------------------------------------------------------------------

export type TechnologyStatus = Schemas['TechnologyView']['status'];

export type Translation = Schemas['TranslationInput'];
export type LanguageId = Translation['language'];

export type ReferenceProject = Schemas['ReferenceProjectInput'];

export type TechnologyInput = Schemas['TechnologyInput'];

export type TechnologyView = Schemas['TechnologyView'];

export type TechnologySearchHit = Schemas['TechnologySearchHitView'] & {
  /** Not served yet; shown in the chosen language when the API starts sending them. */
  translations?: Translation[];
};

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

export type NeedStatus = Schemas['NeedView']['status'];

export type NeedInput = Schemas['NeedInput'];

export type NeedView = Schemas['NeedView'];

export type NeedSearchHit = Schemas['NeedSearchHitView'];

// Events --------------------------------------------------------------------------------------------------------

export type EventView = Schemas['EventView'];

// Notifications -------------------------------------------------------------------------------------------------

export type NotificationView = Schemas['NotificationView'];

export type InboxPage = Schemas['InboxPage'];

// Matches -------------------------------------------------------------------------------------------------------

export type MatchStatus = Schemas['AdminMatchView']['status'];
export type ScoreComponentName = Schemas['ScoreComponentView']['name'];
export type RecomputeRunView = Schemas['RecomputeRunView'];

export type ScoreComponent = Schemas['ScoreComponentView'];

export type PartyResponse = Schemas['PartyResponseView'];

export type MatchNeedSummary = Schemas['MatchNeedSummary'];

export type MatchTechnologySummary = Schemas['MatchTechnologySummary'];

export type AdminMatchView = Schemas['AdminMatchView'];

export type PartyMatchView = Schemas['PartyMatchView'];
