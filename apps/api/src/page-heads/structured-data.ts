import { categoryById } from '@3ipet/common';
import type { TechnologyView } from '@3ipet/catalog';
import type { EventView } from '@3ipet/events';
import type { OrganizationView } from '@3ipet/identity';
import type { ResourcePreview } from '@3ipet/library';
import type { HeadLanguage } from './page-head';

/** schema.org JSON-LD for each public record kind: what search engines read beside the page's own words. */
type JsonLd = Record<string, unknown>;

const CONTEXT = 'https://schema.org';

/** A listing is something a vendor sells and installs: a Product, its vendor as brand and manufacturer. */
export function technologyJsonLd(
  technology: TechnologyView,
  text: { name: string; description: string; language: HeadLanguage },
  urls: { page: string; vendor: string },
): JsonLd {
  const category = categoryById(technology.category);
  const vendor = technology.vendor
    ? { '@type': 'Organization', name: technology.vendor.name, url: urls.vendor }
    : undefined;
  const { capitalCostMinUsd: low, capitalCostMaxUsd: high } = technology;
  return {
    '@context': CONTEXT,
    '@type': 'Product',
    '@id': urls.page,
    url: urls.page,
    name: text.name,
    description: text.description,
    inLanguage: text.language === 'zh' ? 'zh-Hans' : 'en',
    ...(category ? { category: text.language === 'zh' ? category.labelZh : category.label } : {}),
    ...(vendor ? { brand: vendor, manufacturer: vendor } : {}),
    additionalProperty: [
      { '@type': 'PropertyValue', name: 'Technology readiness level', value: technology.trl },
    ],
    ...(low !== null && high !== null
      ? {
          offers: {
            '@type': 'AggregateOffer',
            priceCurrency: 'USD',
            lowPrice: low,
            highPrice: high,
            ...(vendor ? { offeredBy: vendor } : {}),
          },
        }
      : {}),
    ...(technology.publishedAt ? { releaseDate: new Date(technology.publishedAt).toISOString() } : {}),
  };
}

export function organizationJsonLd(organization: OrganizationView, pageUrl: string): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': 'Organization',
    '@id': pageUrl,
    url: pageUrl,
    name: organization.name,
    ...(organization.description ? { description: organization.description } : {}),
    ...(organization.website ? { sameAs: [organization.website] } : {}),
    address: {
      '@type': 'PostalAddress',
      ...(organization.city ? { addressLocality: organization.city } : {}),
      addressCountry: organization.country,
    },
  };
}

/** Start and end with their offsets, where it happens (a place, online or both), and whether it was cancelled. */
export function eventJsonLd(event: EventView, pageUrl: string): JsonLd {
  const place =
    event.city || event.country
      ? {
          '@type': 'Place',
          name: [event.city, event.country].filter(Boolean).join(', '),
          address: {
            '@type': 'PostalAddress',
            ...(event.city ? { addressLocality: event.city } : {}),
            ...(event.country ? { addressCountry: event.country } : {}),
          },
        }
      : undefined;
  const online = event.onlineUrl ? { '@type': 'VirtualLocation', url: event.onlineUrl } : undefined;
  const locations = [place, online].filter(Boolean);
  const mode =
    place && online
      ? 'MixedEventAttendanceMode'
      : online
        ? 'OnlineEventAttendanceMode'
        : 'OfflineEventAttendanceMode';
  return {
    '@context': CONTEXT,
    '@type': 'Event',
    '@id': pageUrl,
    url: pageUrl,
    name: event.title,
    description: event.description,
    startDate: event.startsAt,
    endDate: event.endsAt,
    eventStatus: `${CONTEXT}/${event.status === 'cancelled' ? 'EventCancelled' : 'EventScheduled'}`,
    eventAttendanceMode: `${CONTEXT}/${mode}`,
    ...(locations.length > 0 ? { location: locations.length === 1 ? locations[0] : locations } : {}),
    organizer: { '@type': 'Organization', name: event.organiser },
  };
}

/** Written pieces are Articles; workshop material, recordings and data sets are creative works. */
const ARTICLE_KINDS = new Set(['case-study', 'policy-brief', 'guidance']);

export function resourceJsonLd(
  resource: ResourcePreview,
  text: { name: string; description: string; language: HeadLanguage },
  pageUrl: string,
): JsonLd {
  return {
    '@context': CONTEXT,
    '@type': ARTICLE_KINDS.has(resource.kind) ? 'Article' : 'CreativeWork',
    '@id': pageUrl,
    url: pageUrl,
    headline: text.name,
    name: text.name,
    description: text.description,
    inLanguage: text.language === 'zh' ? 'zh-Hans' : 'en',
    author: resource.authors.map((name) => ({ '@type': 'Organization', name })),
    datePublished: resource.date,
    dateModified: new Date(resource.updatedAt).toISOString(),
    publisher: { '@type': 'Organization', name: '3iPET' },
  };
}
