import { JobType } from '@3ipet/queue';

export const IDENTITY_EVENTS_QUEUE = 'identity-events';

/**
 * An organisation's name, country or verification changed: the public fields other libs copy into derived
 * data (the catalog's and the needs' search documents). Written in the transaction of the change; its one
 * processor (here) runs the `OrganizationChangeHooks` listeners. Retried for about half an hour, like the
 * index jobs, so a search outage delays the update, never loses it.
 */
@JobType('identity.organization-changed', { queue: IDENTITY_EVENTS_QUEUE, attempts: 12, backoffMs: 1000 })
export class OrganizationChangedJob {
  organizationId!: string;
}
