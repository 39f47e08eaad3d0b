import type { Query } from './client';
import { api } from './endpoints';
import type { components } from './schema';
import type { Page, Role, UserView } from './types';

type Schemas = components['schemas'];

export type DeliveryView = Schemas['DeliveryView'];
export type ImportReport = Schemas['ImportReport'];
export type UserStatus = UserView['status'];

const V1 = '/api/v1';

/** Accounts: list and search, disable or enable, change the role (admins; audited by the API). */
export const adminUsers = {
  list: (query: Query) => api.get<Page<UserView>>(`${V1}/admin/users`, { query }),
  update: (id: string, changes: { status?: UserStatus; role?: Role }) =>
    api.patch<UserView>(`${V1}/admin/users/${id}`, changes),
};

/** Notification deliveries (e.g. the dead ones) and their retry. */
export const deliveries = {
  list: (query: Query) => api.get<Page<DeliveryView>>(`${V1}/admin/deliveries`, { query }),
  retry: (id: string) => api.post<DeliveryView>(`${V1}/admin/deliveries/${id}/retry`, {}),
};

/** Listings in and out as CSV (the import's format is the export's). */
export const listingCsv = {
  import: (csv: string, organizationId: string | undefined) =>
    api.post<ImportReport>(`${V1}/technologies/import`, { csv }, { query: { organizationId } }),
  export: (query: { status?: string; mine?: boolean }) =>
    api.blob(`${V1}/technologies/export${queryOf(query)}`),
};

function queryOf(query: Record<string, string | boolean | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** Where the queue dashboard lives; it is served by the API only when the queue runs on Redis. */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

export async function openQueueDashboard(): Promise<void> {
  const token = await api.tokenForLink();
  if (!token) return;
  window.open(`${QUEUE_DASHBOARD_PATH}?token=${encodeURIComponent(token)}`, '_blank', 'noopener');
}
