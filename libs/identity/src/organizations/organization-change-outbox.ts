import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxWriter } from '@3ipet/database';
import { getJobTypeDefinition } from '@3ipet/queue';
import { OrganizationChangedJob } from './organization-changed.job';
import type { Organization } from './organization.entity';

const ORGANIZATION_CHANGED = getJobTypeDefinition(OrganizationChangedJob).name;

/** The profile columns other libs copy (with `verified`); a change of any other column writes nothing. */
const COPIED_PROFILE_COLUMNS = ['name', 'country'] as const;

/** Records, in the caller's transaction, that fields other libs copy changed. */
@Injectable()
export class OrganizationChangeOutbox {
  constructor(private readonly outbox: OutboxWriter) {}

  add(manager: EntityManager, organizationId: string): Promise<void> {
    return this.outbox.add(manager, {
      jobType: ORGANIZATION_CHANGED,
      payload: { organizationId },
      dedupKey: `organization:${organizationId}`,
    });
  }

  /** After a profile write: adds the row only when a copied column actually changed. */
  async afterProfileUpdate(manager: EntityManager, before: Organization, after: Organization): Promise<void> {
    if (COPIED_PROFILE_COLUMNS.some((column) => before[column] !== after[column])) {
      await this.add(manager, after.id);
    }
  }
}
