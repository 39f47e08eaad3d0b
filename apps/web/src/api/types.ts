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

/** What a listing does to a pollutant, and what its cost counts. */
export type ListingIntent = Schemas['PollutantIntentInput']['intent'];
export const LISTING_INTENTS: readonly ListingIntent[] = ['measures', 'removes', 'avoids', 'manages'];
export type CostBasis = NonNullable<TechnologyView['costBasis']>;
export const COST_BASES: readonly CostBasis[] = [
  'per-unit',
  'per-installation',
  'per-project',
  'per-year',
  'per-km2',
  'per-resident',
];

export type TechnologySearchHit = Schemas['TechnologySearchHitView'];

// Files ---------------------------------------------------------------------------------------------------------

export type FileView = Schemas['FileView'];
export type ListingFileView = Schemas['ListingFileView'];
export type ListingFilesView = Schemas['ListingFilesView'];
export type ListingFileRole = Schemas['AttachFileInput']['role'];

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
export type SavedNeedSearchView = Schemas['SavedNeedSearchView'];
export type SavedNeedQuery = Schemas['SavedNeedQuery'];

// Needs ---------------------------------------------------------------------------------------------------------

export type NeedStatus = Schemas['NeedView']['status'];

export type NeedInput = Schemas['NeedInput'];

export type NeedView = Schemas['NeedView'];

/** What a need wants done, and what its unit count counts. */
export type NeedWants = NeedView['wants'];
export const NEED_WANTS: readonly NeedWants[] = ['measure', 'cut', 'both'];
export type UnitKind = NonNullable<NeedView['unitKind']>;
export const UNIT_KINDS: readonly UnitKind[] = [
  'kilns',
  'boilers',
  'stacks',
  'buses',
  'vehicles',
  'generators',
  'households',
  'sites',
  'villages',
  'stations',
];

export type NeedSearchHit = Schemas['NeedSearchHitView'];

// Events --------------------------------------------------------------------------------------------------------

export type EventView = Schemas['EventView'];
export type EventStatus = EventView['status'];
export type EventKind = EventView['kind'];
export type EventInput = Schemas['EventInput'];
export type EventPatch = Schemas['EventPatch'];
export type ProgrammeItemView = Schemas['ProgrammeItemView'];
export type MyAttendanceView = Schemas['MyAttendanceView'];
export type AttendeePage = Schemas['AttendeePage'];
export const EVENT_KINDS: readonly EventKind[] = ['workshop', 'conference', 'webinar', 'delegation'];

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

export type MessageView = Schemas['MessageView'];

export type MessagePage = Schemas['MessagePage'];

export type UnreadView = Schemas['UnreadView'];

export type RejectionReason = NonNullable<Schemas['AdminMatchView']['rejectionReason']>;

export type MatchRequestView = Schemas['MatchRequestView'];

// Interest from both sides --------------------------------------------------------------------------------------

export type SuggestionView = Schemas['SuggestionView'];

export type FittingNeedView = Schemas['FittingNeedView'];

export type InterestRequestView = Schemas['InterestRequestView'];

export type RequestStage = InterestRequestView['stage'];

export type MatchingReportView = Schemas['MatchingReportView'];
export type MemberView = Schemas['MemberView'];
export type MemberRole = MemberView['memberRole'];
export type PendingInvitationView = Schemas['PendingInvitationView'];
export type EmailConfirmedView = Schemas['EmailConfirmedView'];
export type NotificationSettingsView = Schemas['NotificationSettingsView'];
export type WebhookView = Schemas['WebhookView'];
export type CreatedWebhookView = Schemas['CreatedWebhookView'];
export type NotificationKind = WebhookView['events'][number];
