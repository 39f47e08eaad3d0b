import { Injectable, OnModuleInit } from '@nestjs/common';
import { OrganizationChangeHooks } from '@3ipet/identity';
import { NeedIndexer } from './need-indexer';

/**
 * Hears "an organisation's name, country or verification changed" (the identity lib's
 * `identity.organization-changed` job) and rewrites the search documents of its open needs, which carry
 * the organisation's name, country and verified badge. Idempotent, as the job may be retried.
 */
@Injectable()
export class OrganizationChangeListener implements OnModuleInit {
  constructor(
    private readonly hooks: OrganizationChangeHooks,
    private readonly indexer: NeedIndexer,
  ) {}

  onModuleInit(): void {
    this.hooks.onOrganizationChanged((organizationId) => this.indexer.syncOrganization(organizationId));
  }
}
