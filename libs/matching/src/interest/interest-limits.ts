import type { AuthContext, RateLimitKey } from '@3ipet/identity';

const HOUR_MS = 60 * 60 * 1000;

/**
 * Asking is cheap for the asker and costs a curator's time: a person may ask 10 times an hour, an
 * organisation 30 times (repeats of the same request count: they are attempts all the same).
 */
export const INTEREST_LIMITS = { perUserPerHour: 10, perOrganizationPerHour: 30 } as const;

export const interestRateKeys = (actor: AuthContext): RateLimitKey[] => [
  { name: 'interest-user', key: actor.userId, limit: INTEREST_LIMITS.perUserPerHour, windowMs: HOUR_MS },
  {
    name: 'interest-organization',
    key: actor.organizationId ?? actor.userId,
    limit: INTEREST_LIMITS.perOrganizationPerHour,
    windowMs: HOUR_MS,
  },
];
