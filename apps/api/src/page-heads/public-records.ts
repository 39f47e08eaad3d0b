import type { INestApplicationContext } from '@nestjs/common';
import { NotFoundProblem } from '@3ipet/common';
import { TechnologyQueriesService, type TechnologyView } from '@3ipet/catalog';
import { EventQueriesService, type EventView } from '@3ipet/events';
import { OrganizationsService, type OrganizationView } from '@3ipet/identity';
import { LibraryQueriesService, type ResourcePreview } from '@3ipet/library';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Sitemap limits: 50,000 URLs a file; listings take most, their vendors follow from them. */
const MAX_LISTINGS = 40_000;
const MAX_EVENTS = 4_000;
const MAX_RESOURCES = 4_000;

export interface SitemapEntry {
  path: string;
  changed: Date;
}

/**
 * The public records pages are about, read as anyone (no caller) through each context's own services.
 * `null`: no such record, or not one the public may see (drafts, unpublished listings).
 */
export class PublicRecords {
  constructor(
    private readonly technologies: TechnologyQueriesService,
    private readonly organizations: OrganizationsService,
    private readonly events: EventQueriesService,
    private readonly library: LibraryQueriesService,
  ) {}

  static of(app: INestApplicationContext): PublicRecords {
    const get = <T>(type: new (...args: never[]) => T) => app.get(type, { strict: false });
    return new PublicRecords(
      get(TechnologyQueriesService),
      get(OrganizationsService),
      get(EventQueriesService),
      get(LibraryQueriesService),
    );
  }

  /** Two key lookups: the listing, then its vendor's public profile. */
  technology(id: string): Promise<TechnologyView | null> {
    return UUID.test(id) ? orNull(this.technologies.get(null, id)) : Promise.resolve(null);
  }

  organization(id: string): Promise<OrganizationView | null> {
    return UUID.test(id) ? orNull(this.organizations.get(null, id)) : Promise.resolve(null);
  }

  event(id: string): Promise<EventView | null> {
    return UUID.test(id) ? orNull(this.events.get(id, null)) : Promise.resolve(null);
  }

  resource(idOrSlug: string): Promise<ResourcePreview | null> {
    return this.library.findPublishedPreview(idOrSlug);
  }

  /** Every public record page with its last change: listings, the organisations offering them, events, resources. */
  async sitemapEntries(): Promise<SitemapEntry[]> {
    const [listings, events, resources] = await Promise.all([
      this.technologies.publishedChanges(MAX_LISTINGS),
      this.events.publicChanges(MAX_EVENTS),
      this.library.publishedChanges(MAX_RESOURCES),
    ]);
    const vendors = new Map<string, Date>();
    for (const listing of listings) {
      const seen = vendors.get(listing.vendorOrganizationId);
      if (!seen || seen < listing.updatedAt) vendors.set(listing.vendorOrganizationId, listing.updatedAt);
    }
    return [
      ...listings.map((listing) => ({ path: `/technologies/${listing.id}`, changed: listing.updatedAt })),
      ...[...vendors].map(([id, changed]) => ({ path: `/organizations/${id}`, changed })),
      ...events.map((event) => ({ path: `/events/${event.id}`, changed: event.updatedAt })),
      ...resources.map((resource) => ({ path: `/library/${resource.slug}`, changed: resource.updatedAt })),
    ];
  }
}

/** A record the public may not see reads as none; any other failure is the caller's to answer. */
async function orNull<T>(read: Promise<T>): Promise<T | null> {
  try {
    return await read;
  } catch (error) {
    if (error instanceof NotFoundProblem) return null;
    throw error;
  }
}
