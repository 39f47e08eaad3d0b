import { Injectable } from '@nestjs/common';
import { OrganizationsService } from '@3ipet/identity';
import { VendorDirectory, VendorSummary } from './vendor-directory';

/** Vendor profiles from the identity lib's public organisation summaries; agencies are not vendors. */
@Injectable()
export class IdentityVendorDirectory extends VendorDirectory {
  constructor(private readonly organizations: OrganizationsService) {
    super();
  }

  async findByIds(ids: readonly string[]): Promise<Map<string, VendorSummary>> {
    const summaries = await this.organizations.findPublicByIds(ids);
    return new Map(
      summaries
        .filter((org) => org.kind === 'vendor')
        .map(({ id, name, country, city, verified }) => [id, { id, name, country, city, verified }]),
    );
  }
}
