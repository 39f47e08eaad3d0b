/** How a notification reaches its organisation. The in-app inbox is the notification row itself. */
export const DELIVERY_CHANNELS = ['in_app', 'email', 'webhook'] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];

/**
 * `queued` waits for its first try (or its first after an admin's retry); `failed` tried and will try again
 * at `nextAttemptAt`; `sent` is done; `dead` used up its attempts (or cannot succeed) and waits for an admin.
 */
export const DELIVERY_STATUSES = ['queued', 'sent', 'failed', 'dead'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export const isFinished = (status: DeliveryStatus): boolean => status === 'sent' || status === 'dead';
