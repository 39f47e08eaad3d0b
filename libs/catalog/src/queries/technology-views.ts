import { Injectable } from '@nestjs/common';
import type { TechnologyView } from '../dto/technology.view';
import type { Technology } from '../technology/technology.entity';
import { VendorDirectory } from '../vendors/vendor-directory';

/** Listings with their vendor's public profile attached, one profile lookup per batch. */
@Injectable()
export class TechnologyViews {
  constructor(private readonly vendors: VendorDirectory) {}

  async one(technology: Technology): Promise<TechnologyView> {
    const [view] = await this.many([technology]);
    return view;
  }

  async many(technologies: Technology[]): Promise<TechnologyView[]> {
    const vendors = await this.vendors.findByIds([
      ...new Set(technologies.map((t) => t.vendorOrganizationId)),
    ]);
    return technologies.map((technology) => {
      const vendor = vendors.get(technology.vendorOrganizationId);
      return { ...technology, ...(vendor ? { vendor } : {}) };
    });
  }
}
