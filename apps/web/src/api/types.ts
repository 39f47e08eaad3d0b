/** Shapes of the 3iPET API (see /api/openapi.json); only what the web UI reads or sends. */

export type Role = 'vendor' | 'agency' | 'admin';
export type OrganizationKind = 'vendor' | 'agency';

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  limit: number;
}

export interface UserView {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  organizationId: string | null;
  locale: string;
  status: 'active' | 'disabled';
  lastLoginAt: string | null;
  createdAt: string;
}

export interface SessionView {
  accessToken: string;
  tokenType: 'Bearer';
  expiresIn: number;
  user: UserView;
}

export interface ContactPerson {
  name: string;
  email: string;
  phone?: string | null;
}

export interface OrganizationView {
  id: string;
  name: string;
  kind: OrganizationKind;
  country: string;
  city: string;
  verified: boolean;
  website: string | null;
  description: string;
  sectors: string[];
  pollutants: string[];
  languages: string[];
  verifiedAt: string | null;
  createdAt: string;
  contactPerson?: ContactPerson | null;
}

export interface OrganizationSummary {
  id: string;
  name: string;
  kind: OrganizationKind;
  country: string;
  city: string;
  verified: boolean;
  website: string | null;
}

export interface MeView {
  user: UserView;
  organization: OrganizationView | null;
}

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

export interface RegisterInput {
  displayName: string;
  email: string;
  password: string;
  locale?: string;
  organization: OrganizationInput & { kind: OrganizationKind };
}

export interface InvitationView {
  id: string;
  email: string;
  expiresAt: string;
  token: string;
}

export interface AuditEntryView {
  id: string;
  actorId: string | null;
  action: string;
  targetType: string;
  targetId: string;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  createdAt: string;
}

// Taxonomy ------------------------------------------------------------------------------------------------------

export interface Taxonomy {
  pollutants: { id: string; label: string; labelZh?: string; description?: string }[];
  sectors: {
    id: string;
    label: string;
    labelZh?: string;
    subSectors: { id: string; label: string; labelZh?: string }[];
  }[];
  categoryGroups: {
    id: string;
    label: string;
    labelZh?: string;
    categories: { id: string; label: string; labelZh?: string }[];
  }[];
  trl: { level: number; definition: string }[];
  dealTypes: { id: string; label: string; labelZh?: string }[];
  countries: { id: string; name: string; region: string }[];
  languages: { id: string; label: string; nativeLabel: string }[];
}

// Technologies --------------------------------------------------------------------------------------------------

export type TechnologyStatus =
  'draft' | 'submitted' | 'changes_requested' | 'published' | 'archived' | 'expired';

export interface Translation {
  language: string;
  title?: string;
  summary?: string;
}

export interface ReferenceProject {
  place: string;
  country: string;
  year: number;
  result: string;
}

export interface TechnologyInput {
  title: string;
  summary: string;
  description: string;
  translations: Translation[];
  category: string;
  pollutants: string[];
  removalEfficiency: { pollutant: string; percent: number }[];
  sectors: string[];
  trl: number;
  capitalCostMinUsd?: number;
  capitalCostMaxUsd?: number;
  operatingCostNote?: string;
  deploymentCountries: string[];
  referenceProjects: ReferenceProject[];
  supplyCountries: string[];
  certifications: string[];
  dealTypes: string[];
  supportLanguages: string[];
}

export interface TechnologyView extends Omit<
  TechnologyInput,
  'capitalCostMinUsd' | 'capitalCostMaxUsd' | 'operatingCostNote'
> {
  id: string;
  status: TechnologyStatus;
  version: number;
  capitalCostMinUsd: number | null;
  capitalCostMaxUsd: number | null;
  operatingCostNote: string | null;
  vendorOrganizationId: string;
  vendor?: { id: string; name: string; country: string; city: string; verified: boolean };
  changesRequestedReason: string | null;
  submittedAt: string | null;
  publishedAt: string | null;
  expiresAt: string | null;
  createdAt: string;
  updatedAt: string;
}

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

export interface SavedTechnologyQuery {
  q?: string;
  pollutants?: string[];
  sectors?: string[];
  category?: string[];
  trlMin?: number;
  costMax?: number;
  countries?: string[];
}

export interface SavedSearchView {
  id: string;
  name: string;
  query: SavedTechnologyQuery;
  createdAt: string;
}

// Needs ---------------------------------------------------------------------------------------------------------

export type NeedStatus = 'draft' | 'open' | 'closed';

export interface NeedInput {
  title: string;
  description: string;
  pollutants: string[];
  sectors: string[];
  country: string;
  city: string;
  budgetMinUsd?: number | null;
  budgetMaxUsd?: number | null;
  minTrl?: number | null;
  dealTypes: string[];
  deadline: string;
  languages: string[];
}

export interface NeedView extends Omit<NeedInput, 'budgetMinUsd' | 'budgetMaxUsd' | 'minTrl'> {
  id: string;
  organizationId: string;
  organization: OrganizationSummary;
  status: NeedStatus;
  closeReason: 'solved' | 'withdrawn' | 'expired' | null;
  closeNote: string | null;
  version: number;
  budgetMinUsd: number | null;
  budgetMaxUsd: number | null;
  minTrl: number | null;
  openedAt: string | null;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface NeedSearchHit {
  id: string;
  title: string;
  excerpt: string;
  pollutants: string[];
  sectors: string[];
  country: string;
  city: string;
  budgetMinUsd?: number;
  budgetMaxUsd?: number;
  minTrl?: number;
  dealTypes: string[];
  deadline: string;
  organization: { id: string; name: string; country: string; verified: boolean };
  highlights: Record<string, string>;
}

// Events --------------------------------------------------------------------------------------------------------

export interface EventView {
  id: string;
  title: string;
  kind: 'workshop' | 'conference' | 'webinar' | 'delegation';
  startsAt: string;
  endsAt: string;
  timeZone: string;
  city: string | null;
  country: string | null;
  onlineUrl: string | null;
  organiser: string;
  description: string;
  countries: string[];
  pollutants: string[];
  sectors: string[];
}

// Notifications -------------------------------------------------------------------------------------------------

export interface NotificationView {
  id: string;
  kind: string;
  payload: Record<string, unknown>;
  createdAt: string;
  readAt: string | null;
}

export interface InboxPage extends Page<NotificationView> {
  unreadCount: number;
}

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

export interface ScoreComponent {
  name: ScoreComponentName;
  weight: number;
  value: number;
  points: number;
  sentence: string;
}

export interface PartyResponse {
  response: 'interested' | 'declined';
  message: string | null;
  respondedAt: string;
}

export interface MatchNeedSummary {
  id: string;
  title: string;
  status: NeedStatus;
  country: string;
  city: string;
  pollutants: string[];
  sectors: string[];
  minTrl: number | null;
  budgetMaxUsd: number | null;
  organization: OrganizationSummary;
}

export interface MatchTechnologySummary {
  id: string;
  title: string;
  summary: string;
  status: string;
  category: string;
  trl: number;
  pollutants: string[];
  vendor: OrganizationSummary;
}

interface MatchBase {
  id: string;
  status: MatchStatus;
  score: number;
  components: ScoreComponent[];
  need: MatchNeedSummary;
  technology: MatchTechnologySummary;
  introducedAt: string | null;
  version: number;
}

export interface AdminMatchView extends MatchBase {
  origin: 'automatic' | 'manual';
  exclusionReason: string | null;
  decisionNote: string | null;
  needResponse: PartyResponse | null;
  vendorResponse: PartyResponse | null;
}

export interface PartyMatchView extends MatchBase {
  side: 'need' | 'vendor';
  introductionNote: string | null;
  myResponse: PartyResponse | null;
  otherResponse: PartyResponse | null;
  otherContact?: ContactPerson | null;
}
