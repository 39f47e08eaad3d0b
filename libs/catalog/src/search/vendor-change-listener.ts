import { Injectable, OnModuleInit } from '@nestjs/common';
import { OrganizationChangeHooks } from '@3ipet/identity';
import { TechnologyIndexer } from './technology-indexer';

/**
 * Hears "an organisation's name, country or verification changed" (the identity lib's
 * `identity.organization-changed` job) and rewrites the search documents of its published listings,
 * which carry the vendor's name, country and verified badge. Idempotent, as the job may be retried.
 */
@Injectable()
export class VendorChangeListener implements OnModuleInit {
  constructor(
    private readonly hooks: OrganizationChangeHooks,
    private readonly indexer: TechnologyIndexer,
  ) {}

  onModuleInit(): void {
    this.hooks.onOrganizationChanged((organizationId) => this.indexer.syncVendor(organizationId));
  }
}
