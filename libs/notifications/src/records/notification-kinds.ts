/** Every kind of notification this lib records; the payload shape of each is documented beside it. */
export const NOTIFICATION_KINDS = {
  /** `{ savedSearchId, savedSearchName, technologyId, technologyTitle }` */
  savedSearchHit: 'saved-search.hit',
  /** `{ savedSearchId, savedSearchName, needId, needTitle }`: a vendor's saved search of needs matched a new need */
  savedNeedSearchHit: 'saved-need-search.hit',
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
  /** `{ matchId, messageId, authorName, excerpt, needTitle, technologyTitle }`: in the inbox at once, e-mailed in a digest */
  matchMessage: 'match.message',
  /** `{ projectId, moveId, toStage, needTitle, technologyTitle }`: the other side is asked to confirm */
  projectMoveProposed: 'project.move-proposed',
  /** `{ projectId, stage, days, needTitle, technologyTitle }`: the stage has not moved for a while */
  projectStalled: 'project.stalled',
  /** `{ eventId, title, reason, startsAt, timeZone }`: an event the organisation registered for is cancelled */
  eventCancelled: 'event.cancelled',
  /** `{ technologyId, title, verdictId, validUntil }`: experts' verdict on the listing is published */
  reviewVerdictPublished: 'review.verdict-published',
  /** `{ technologyId, title, verdictId }`: the verdict expired; its claims count as stated again */
  reviewVerdictExpired: 'review.verdict-expired',
  /** `{ organizationId, decision: 'verified' | 'rejected' | 'withdrawn', reason }`: the admins' decision */
  organizationVerification: 'organization.verification',
} as const;

/** E-mail only, never in the inbox nor a webhook: `{ matchId, needTitle, technologyTitle, messages: [{ authorName, excerpt, at }], more }` */
export const MESSAGE_DIGEST_KIND = 'match.messages-digest';

export type NotificationKind = (typeof NOTIFICATION_KINDS)[keyof typeof NOTIFICATION_KINDS];

/** The kinds a webhook can subscribe to. */
export const NOTIFICATION_KIND_LIST: readonly NotificationKind[] = Object.values(NOTIFICATION_KINDS);
