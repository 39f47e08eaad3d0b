export const EVENT_KINDS = ['workshop', 'conference', 'webinar', 'delegation'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  workshop: 'Workshop',
  conference: 'Conference',
  webinar: 'Webinar',
  delegation: 'Delegation',
};

/** A draft is not public; published events take registrations until they end; cancelled ones never again. */
export const EVENT_STATUSES = ['draft', 'published', 'cancelled'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];
/** What create and edit may set; cancelling has a route of its own (it notifies the registered). */
export const EDITABLE_EVENT_STATUSES = ['draft', 'published'] as const;
