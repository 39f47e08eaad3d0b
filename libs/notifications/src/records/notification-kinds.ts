/** Every kind of notification this lib records; the payload shape of each is documented beside it. */
export const NOTIFICATION_KINDS = {
  /** `{ savedSearchId, savedSearchName, technologyId, technologyTitle }` */
  savedSearchHit: 'saved-search.hit',
  /** `{ technologyId, title, expiredAt }` */
  listingExpired: 'listing.expired',
  /** `{ technologyId, title }` */
  listingPublished: 'listing.published',
  /** `{ technologyId, title, reason }` */
  listingChangesRequested: 'listing.changes-requested',
  /** `{ matchId, event }` for the three below */
  matchIntroduced: 'match.introduced',
  matchConnected: 'match.connected',
  matchDeclined: 'match.declined',
} as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[keyof typeof NOTIFICATION_KINDS];

/** The kinds a webhook can subscribe to. */
export const NOTIFICATION_KIND_LIST: readonly NotificationKind[] = Object.values(NOTIFICATION_KINDS);
