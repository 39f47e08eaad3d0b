import { ApiClient, queryString, type Query } from './client';
import type {
  AdminMatchView,
  AuditEntryView,
  EventView,
  InboxPage,
  InvitationView,
  MatchStatus,
  MeView,
  NeedInput,
  NeedSearchHit,
  NeedView,
  NotificationView,
  OrganizationInput,
  OrganizationView,
  Page,
  PartyMatchView,
  RecomputeRunView,
  RegisterInput,
  SavedSearchView,
  SavedTechnologyQuery,
  SearchResult,
  SessionView,
  Taxonomy,
  TechnologyInput,
  TechnologySearchHit,
  TechnologyStatus,
  TechnologyView,
} from './types';

/** The one client of the app: it holds the in-memory access token. */
export const api = new ApiClient();

const V1 = '/api/v1';

export const auth = {
  async login(email: string, password: string) {
    return api.signedIn(await api.post<SessionView>(`${V1}/auth/login`, { email, password }));
  },
  async register(input: RegisterInput) {
    return api.signedIn(await api.post<SessionView>(`${V1}/auth/register`, input));
  },
  async acceptInvitation(input: { token: string; displayName: string; password: string; locale?: string }) {
    return api.signedIn(await api.post<SessionView>(`${V1}/auth/accept-invitation`, input));
  },
  me: () => api.get<MeView>(`${V1}/me`),
};

export const taxonomyApi = {
  get: () => api.get<Taxonomy>(`${V1}/taxonomy`),
};

export const organizations = {
  list: (query: Query) => api.get<Page<OrganizationView>>(`${V1}/organizations`, { query }),
  get: (id: string) => api.get<OrganizationView>(`${V1}/organizations/${id}`),
  update: (id: string, input: Partial<OrganizationInput>) =>
    api.patch<OrganizationView>(`${V1}/organizations/${id}`, input),
  verify: (id: string, verified: boolean) =>
    api.post<OrganizationView>(`${V1}/organizations/${id}/verify`, { verified }),
  invite: (id: string, email: string) =>
    api.post<InvitationView>(`${V1}/organizations/${id}/invitations`, { email }),
};

export const technologies = {
  search: (query: Query, signal?: AbortSignal) =>
    api.get<SearchResult<TechnologySearchHit>>(`${V1}/technologies/search`, { query, signal }),
  list: (query: { page?: number; limit?: number; status?: TechnologyStatus; mine?: boolean }) =>
    api.get<Page<TechnologyView>>(`${V1}/technologies`, { query }),
  get: (id: string) => api.get<TechnologyView>(`${V1}/technologies/${id}`),
  create: (input: TechnologyInput) => api.post<TechnologyView>(`${V1}/technologies`, input),
  update: (id: string, input: Partial<TechnologyInput> & { version: number }) =>
    api.patch<TechnologyView>(`${V1}/technologies/${id}`, input),
  remove: (id: string) => api.delete(`${V1}/technologies/${id}`),
  submit: (id: string, version: number) =>
    api.post<TechnologyView>(`${V1}/technologies/${id}/submit`, { version }),
  publish: (id: string, version: number) =>
    api.post<TechnologyView>(`${V1}/technologies/${id}/publish`, { version }),
  requestChanges: (id: string, version: number, reason: string) =>
    api.post<TechnologyView>(`${V1}/technologies/${id}/request-changes`, { version, reason }),
  archive: (id: string, version: number) =>
    api.post<TechnologyView>(`${V1}/technologies/${id}/archive`, { version }),
  confirm: (id: string, version: number) =>
    api.post<TechnologyView>(`${V1}/technologies/${id}/confirm`, { version }),
};

export const needs = {
  list: (query: Query) => api.get<Page<NeedView>>(`${V1}/needs`, { query }),
  search: (query: Query) => api.get<SearchResult<NeedSearchHit>>(`${V1}/needs/search`, { query }),
  get: (id: string) => api.get<NeedView>(`${V1}/needs/${id}`),
  create: (input: NeedInput) => api.post<NeedView>(`${V1}/needs`, input),
  update: (id: string, input: Partial<NeedInput> & { version: number }) =>
    api.patch<NeedView>(`${V1}/needs/${id}`, input),
  open: (id: string, version: number) => api.post<NeedView>(`${V1}/needs/${id}/open`, { version }),
  close: (id: string, version: number, reason: 'solved' | 'withdrawn', note?: string) =>
    api.post<NeedView>(`${V1}/needs/${id}/close`, { version, reason, note: note || undefined }),
};

export const savedSearches = {
  list: () => api.get<Page<SavedSearchView>>(`${V1}/saved-searches`, { query: { limit: 100 } }),
  create: (name: string, query: SavedTechnologyQuery) =>
    api.post<SavedSearchView>(`${V1}/saved-searches`, { name, query }),
  remove: (id: string) => api.delete(`${V1}/saved-searches/${id}`),
};

export const events = {
  list: (query: Query) => api.get<Page<EventView>>(`${V1}/events`, { query }),
  attend: (id: string) => api.post(`${V1}/events/${id}/attendance`),
  feedUrl: (query: Query) => `${V1}/events.ics${queryString(query)}`,
};

export const inbox = {
  list: (query: Query) => api.get<InboxPage>(`${V1}/notifications`, { query }),
  markRead: (id: string) => api.post<NotificationView>(`${V1}/notifications/${id}/read`),
};

export const partyMatches = {
  list: (query: {
    status?: MatchStatus;
    needId?: string;
    technologyId?: string;
    page?: number;
    limit?: number;
  }) => api.get<Page<PartyMatchView>>(`${V1}/matches`, { query }),
  one: (id: string) => api.get<PartyMatchView>(`${V1}/matches/${encodeURIComponent(id)}`),
  respond: (id: string, response: 'interested' | 'declined', version: number, message?: string) =>
    api.post<PartyMatchView>(`${V1}/matches/${id}/respond`, {
      response,
      version,
      message: message || undefined,
    }),
};

export const adminMatches = {
  list: (query: Query) => api.get<Page<AdminMatchView>>(`${V1}/admin/matches`, { query }),
  approve: (id: string, version: number, note?: string) =>
    api.post<AdminMatchView>(`${V1}/admin/matches/${id}/approve`, { version, note: note || undefined }),
  reject: (id: string, version: number, reason: string) =>
    api.post<AdminMatchView>(`${V1}/admin/matches/${id}/reject`, { version, reason }),
  add: (needId: string, technologyId: string, note?: string) =>
    api.post<AdminMatchView>(`${V1}/admin/matches`, { needId, technologyId, note: note || undefined }),
  recompute: () => api.post<RecomputeRunView>(`${V1}/admin/matches/recompute`, {}),
  recomputeRun: (id: string) => api.get<RecomputeRunView>(`${V1}/admin/matches/recompute/${id}`),
};

export const audit = {
  list: (query: Query) => api.get<Page<AuditEntryView>>(`${V1}/admin/audit`, { query }),
};
