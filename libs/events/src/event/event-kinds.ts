export const EVENT_KINDS = ['workshop', 'conference', 'webinar', 'delegation'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  workshop: 'Workshop',
  conference: 'Conference',
  webinar: 'Webinar',
  delegation: 'Delegation',
};
