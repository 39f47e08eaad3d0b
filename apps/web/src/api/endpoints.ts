import { ApiClient, queryString, type Query } from './client';
import type {
  SavedNeedQuery,
  SavedNeedSearchView,
  AdminMatchView,
  CreatedWebhookView,
  EmailConfirmedView,
  MemberRole,
  MemberView,
  NotificationKind,
  NotificationSettingsView,
  PendingInvitationView,
  WebhookView,
  AuditEntryView,
  AttendeePage,
  EventInput,
  EventPatch,
  EventView,
  MyAttendanceView,
  FittingNeedView,
  FileView,
  ListingFileRole,
  ListingFilesView,
  InboxPage,
  InterestRequestView,
  InvitationView,
  MatchingReportView,
  MatchStatus,
  MeView,
  MessagePage,
  MessageView,
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
  RejectionReason,
  SavedSearchView,
  SavedTechnologyQuery,
  SearchResult,
  SessionView,
  SuggestionView,
  Taxonomy,
  TechnologyInput,
  TechnologySearchHit,
  TechnologyStatus,
  TechnologyView,
  UnreadView,
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
  requestPasswordReset: (email: string) => api.post(`${V1}/auth/password-reset/request`, { email }),
  resetPassword: (token: string, password: string) =>
    api.post(`${V1}/auth/password-reset`, { token, password }),
  confirmEmail: (token: string) => api.post<EmailConfirmedView>(`${V1}/auth/confirm-email`, { token }),
};

export const account = {
  update: (input: { displayName?: string; locale?: string }) => api.patch<MeView>(`${V1}/me`, input),
  changePassword: (currentPassword: string, newPassword: string) =>
    api.post(`${V1}/me/password`, { currentPassword, newPassword }),
  changeEmail: (email: string, currentPassword: string) =>
    api.post(`${V1}/me/email`, { email, currentPassword }),
  resendVerification: () => api.post(`${V1}/me/email-verification`),
};

export const members = {
  list: (organizationId: string) =>
    api.get<{ items: MemberView[] }>(`${V1}/organizations/${organizationId}/members`),
  changeRole: (organizationId: string, userId: string, memberRole: MemberRole) =>
    api.patch<MemberView>(`${V1}/organizations/${organizationId}/members/${userId}`, { memberRole }),
  revoke: (organizationId: string, userId: string) =>
    api.delete(`${V1}/organizations/${organizationId}/members/${userId}`),
  invitations: (organizationId: string) =>
    api.get<{ items: PendingInvitationView[] }>(`${V1}/organizations/${organizationId}/invitations`),
  resendInvitation: (organizationId: string, invitationId: string) =>
    api.post<PendingInvitationView>(
      `${V1}/organizations/${organizationId}/invitations/${invitationId}/resend`,
    ),
  revokeInvitation: (organizationId: string, invitationId: string) =>
    api.delete(`${V1}/organizations/${organizationId}/invitations/${invitationId}`),
};

export const notificationSettings = {
  get: (organizationId: string) =>
    api.get<NotificationSettingsView>(`${V1}/organizations/${organizationId}/notification-settings`),
  update: (organizationId: string, input: { email?: boolean; webhooks?: boolean }) =>
    api.patch<NotificationSettingsView>(`${V1}/organizations/${organizationId}/notification-settings`, input),
  webhooks: (organizationId: string) =>
    api.get<{ items: WebhookView[] }>(`${V1}/organizations/${organizationId}/webhooks`),
  addWebhook: (organizationId: string, url: string, events: NotificationKind[]) =>
    api.post<CreatedWebhookView>(`${V1}/organizations/${organizationId}/webhooks`, { url, events }),
  removeWebhook: (organizationId: string, webhookId: string) =>
    api.delete(`${V1}/organizations/${organizationId}/webhooks/${webhookId}`),
};

export const taxonomyApi = {
  get: () => api.get<Taxonomy>(`${V1}/taxonomy`),
};

export const organizations = {
  list: (query: Query) => api.get<Page<OrganizationView>>(`${V1}/organizations`, { query }),
  get: (id: string) => api.get<OrganizationView>(`${V1}/organizations/${id}`),
  update: (id: string, input: Partial<OrganizationInput>) =>
    api.patch<OrganizationView>(`${V1}/organizations/${id}`, input),
  verify: (id: string) => api.post<OrganizationView>(`${V1}/organizations/${id}/verify`, {}),
  reject: (id: string, reason: string) =>
    api.post<OrganizationView>(`${V1}/organizations/${id}/reject`, { reason }),
  withdrawVerification: (id: string, reason: string) =>
    api.post<OrganizationView>(`${V1}/organizations/${id}/withdraw-verification`, { reason }),
  invite: (id: string, email: string) =>
    api.post<InvitationView>(`${V1}/organizations/${id}/invitations`, { email }),
};

export const files = {
  upload: (file: File, onProgress: (fraction: number) => void) =>
    api.upload<FileView>(`${V1}/files`, 'file', file, onProgress),
  remove: (id: string) => api.delete(`${V1}/files/${id}`),
  /** For files only a signed-in caller may read (a draft listing's images). */
  blob: (url: string) => api.blob(url),
};

export const listingFiles = {
  list: (technologyId: string) => api.get<ListingFilesView>(`${V1}/technologies/${technologyId}/files`),
  attach: (technologyId: string, fileId: string, role: ListingFileRole) =>
    api.post<ListingFilesView>(`${V1}/technologies/${technologyId}/files`, { fileId, role }),
  reorder: (technologyId: string, fileIds: string[]) =>
    api.request<ListingFilesView>('PUT', `${V1}/technologies/${technologyId}/files/order`, {
      body: { fileIds },
    }),
  detach: (technologyId: string, fileId: string) =>
    api.delete(`${V1}/technologies/${technologyId}/files/${fileId}`),
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
  close: (
    id: string,
    version: number,
    reason: 'solved' | 'withdrawn',
    note?: string,
    solvedByProjectId?: string,
  ) =>
    api.post<NeedView>(`${V1}/needs/${id}/close`, {
      version,
      reason,
      note: note || undefined,
      solvedByProjectId: reason === 'solved' ? solvedByProjectId || undefined : undefined,
    }),
};

export const savedSearches = {
  list: () => api.get<Page<SavedSearchView>>(`${V1}/saved-searches`, { query: { limit: 100 } }),
  create: (name: string, query: SavedTechnologyQuery) =>
    api.post<SavedSearchView>(`${V1}/saved-searches`, { name, query }),
  remove: (id: string) => api.delete(`${V1}/saved-searches/${id}`),
};

export const savedNeedSearches = {
  list: () => api.get<Page<SavedNeedSearchView>>(`${V1}/saved-need-searches`, { query: { limit: 100 } }),
  create: (name: string, query: SavedNeedQuery) =>
    api.post<SavedNeedSearchView>(`${V1}/saved-need-searches`, { name, query }),
  remove: (id: string) => api.delete(`${V1}/saved-need-searches/${id}`),
};

export const events = {
  list: (query: Query) => api.get<Page<EventView>>(`${V1}/events`, { query }),
  get: (id: string) => api.get<EventView>(`${V1}/events/${id}`),
  attend: (id: string) => api.post(`${V1}/events/${id}/attendance`),
  withdraw: (id: string) => api.delete(`${V1}/events/${id}/attendance`),
  mine: (id: string) => api.get<MyAttendanceView>(`${V1}/events/${id}/attendance/mine`),
  attendees: (id: string, query: Query) => api.get<AttendeePage>(`${V1}/events/${id}/attendees`, { query }),
  feedUrl: (query: Query) => `${V1}/events.ics${queryString(query)}`,
  calendarUrl: (id: string) => `${V1}/events/${id}/calendar.ics`,
};

export const adminEvents = {
  list: (query: Query) => api.get<Page<EventView>>(`${V1}/admin/events`, { query }),
  create: (input: EventInput) => api.post<EventView>(`${V1}/events`, input),
  update: (id: string, patch: EventPatch) => api.patch<EventView>(`${V1}/events/${id}`, patch),
  cancel: (id: string, version: number, reason: string) =>
    api.post<EventView>(`${V1}/events/${id}/cancel`, { version, reason }),
  attendees: (id: string) =>
    api.get<AttendeePage>(`${V1}/events/${id}/attendance`, { query: { limit: 100 } }),
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

/** The conversation of a match: both sides and curators. */
export const conversations = {
  list: (matchId: string, query: { page?: number; limit?: number }) =>
    api.get<MessagePage>(`${V1}/matches/${encodeURIComponent(matchId)}/messages`, { query }),
  /** `key` makes a retried post (a lost answer, a double click) write the message once. */
  post: (matchId: string, text: string, key: string) =>
    api.post<MessageView>(
      `${V1}/matches/${encodeURIComponent(matchId)}/messages`,
      { text },
      {
        headers: { 'Idempotency-Key': key },
      },
    ),
  edit: (matchId: string, messageId: string, text: string) =>
    api.patch<MessageView>(`${V1}/matches/${encodeURIComponent(matchId)}/messages/${messageId}`, { text }),
  markRead: (matchId: string) => api.post(`${V1}/matches/${encodeURIComponent(matchId)}/messages/read`),
  unread: () => api.get<UnreadView>(`${V1}/me/unread`),
};

export const adminMatches = {
  list: (query: Query) => api.get<Page<AdminMatchView>>(`${V1}/admin/matches`, { query }),
  one: (id: string) => api.get<AdminMatchView>(`${V1}/admin/matches/${encodeURIComponent(id)}`),
  approve: (id: string, version: number, note?: string) =>
    api.post<AdminMatchView>(`${V1}/admin/matches/${id}/approve`, { version, note: note || undefined }),
  reject: (id: string, version: number, reason: RejectionReason, note?: string) =>
    api.post<AdminMatchView>(`${V1}/admin/matches/${id}/reject`, {
      version,
      reason,
      note: note || undefined,
    }),
  add: (needId: string, technologyId: string, note?: string) =>
    api.post<AdminMatchView>(`${V1}/admin/matches`, { needId, technologyId, note: note || undefined }),
  recompute: () => api.post<RecomputeRunView>(`${V1}/admin/matches/recompute`, {}),
  recomputeRun: (id: string) => api.get<RecomputeRunView>(`${V1}/admin/matches/recompute/${id}`),
};

export const audit = {
  list: (query: Query) => api.get<Page<AuditEntryView>>(`${V1}/admin/audit`, { query }),
};

/** Interest from both sides: an agency's suggestions and requests, a vendor's interest in a need. */
export const interest = {
  suggestions: (needId: string, query: Query = {}) =>
    api.get<Page<SuggestionView>>(`${V1}/needs/${needId}/suggestions`, { query }),
  fittingNeeds: (technologyId: string, query: Query = {}) =>
    api.get<Page<FittingNeedView>>(`${V1}/technologies/${technologyId}/fitting-needs`, { query }),
  askIntroduction: (needId: string, technologyId: string, message?: string) =>
    api.post<InterestRequestView>(`${V1}/needs/${needId}/suggestions/${technologyId}/request`, {
      message: message || undefined,
    }),
  expressInterest: (technologyId: string, needId: string, message?: string) =>
    api.post<InterestRequestView>(`${V1}/technologies/${technologyId}/interest`, {
      needId,
      message: message || undefined,
    }),
};

export const matchingReport = {
  get: () => api.get<MatchingReportView>(`${V1}/admin/matching/report`),
};
