import { isKnownPage } from '../site-files';
import { type HeadLanguage, type PageHead, descriptionOf } from './page-head';
import { pageLanguage } from './page-language';
import type { PublicRecords } from './public-records';
import { eventJsonLd, organizationJsonLd, resourceJsonLd, technologyJsonLd } from './structured-data';

const SITE = '3iPET';
const DEFAULTS: Record<HeadLanguage, { name: string; description: string }> = {
  en: {
    name: 'Proven air-quality technology',
    description: 'find proven air-quality technology, post what your city needs, and get introduced.',
  },
  zh: {
    name: '经过验证的空气质量技术',
    description: '查找经过验证的空气质量技术，发布您所在城市的需求，并获得对接引荐。',
  },
};

/** Lists anyone may read, with their own names; every other known page gets the site's default head. */
const PUBLIC_LISTS: Record<string, Record<HeadLanguage, string>> = {
  '/search': { en: 'Search air-quality technologies', zh: '搜索空气质量技术' },
  '/events': { en: 'Events and trainings', zh: '活动与培训' },
  '/library': { en: 'Library: case studies and guidance', zh: '资料库：案例与指南' },
  '/impact': { en: 'Impact', zh: '成效' },
};

export interface PageAnswer {
  status: 200 | 404;
  head: PageHead;
  /** The head follows Accept-Language (answers must say Vary). */
  negotiated: boolean;
}

/** The head each page of the web UI is served with; records the public may not see answer 404 and noindex. */
export class PageHeads {
  private readonly base: string;

  constructor(
    private readonly records: PublicRecords,
    publicUrl: string,
  ) {
    this.base = publicUrl.replace(/\/+$/, '');
  }

  async answer(url: string, acceptLanguage: string | undefined): Promise<PageAnswer> {
    const [rawPath, query = ''] = url.split('?', 2);
    const path = rawPath.length > 1 ? rawPath.replace(/\/+$/, '') : rawPath;
    const wanted = pageLanguage(new URLSearchParams(query).get('lang'), acceptLanguage);
    const record = await this.recordHead(path, wanted.language);
    if (record === null) return { status: 404, head: this.notFound(), negotiated: false };
    if (record) return { status: 200, head: record, negotiated: wanted.negotiated };
    if (!isKnownPage(path)) return { status: 404, head: this.notFound(), negotiated: false };
    return { status: 200, head: this.defaultHead(path, wanted.language), negotiated: wanted.negotiated };
  }

  /** The record page's head; null when the record is not public; undefined when the path is no record page. */
  private async recordHead(path: string, wanted: HeadLanguage): Promise<PageHead | null | undefined> {
    const [, section, key, more] = path.split('/');
    if (!key || more !== undefined) return undefined;
    switch (section) {
      case 'technologies':
        return this.technologyHead(key, wanted);
      case 'organizations':
        return this.organizationHead(key);
      case 'events':
        return this.eventHead(key);
      case 'library':
        return this.resourceHead(key, wanted);
      default:
        return undefined;
    }
  }

  private async technologyHead(id: string, wanted: HeadLanguage): Promise<PageHead | null> {
    const technology = await this.records.technology(id);
    if (!technology) return null;
    const zh = technology.translations.find((t) => t.language.startsWith('zh') && t.title);
    const language: HeadLanguage = wanted === 'zh' && zh ? 'zh' : 'en';
    const name = language === 'zh' ? zh!.title! : technology.title;
    const description = descriptionOf((language === 'zh' && zh?.summary) || technology.summary);
    const path = `/technologies/${technology.id}`;
    const page = this.url(path, language);
    return {
      ...this.named(name, description, language),
      url: page,
      ogType: 'website',
      alternates: zh ? this.alternates(path) : undefined,
      jsonLd: technologyJsonLd(
        technology,
        { name, description, language },
        { page, vendor: this.url(`/organizations/${technology.vendorOrganizationId}`, 'en') },
      ),
    };
  }

  private async organizationHead(id: string): Promise<PageHead | null> {
    const organization = await this.records.organization(id);
    if (!organization) return null;
    const place = [organization.city, organization.country].filter(Boolean).join(', ');
    const description = descriptionOf(
      organization.description || `${organization.name}, ${place}: a partner organisation on 3iPET.`,
    );
    const page = this.url(`/organizations/${organization.id}`, 'en');
    return {
      ...this.named(organization.name, description, 'en'),
      url: page,
      ogType: 'profile',
      jsonLd: organizationJsonLd(organization, page),
    };
  }

  private async eventHead(id: string): Promise<PageHead | null> {
    const event = await this.records.event(id);
    if (!event) return null;
    const name = event.status === 'cancelled' ? `Cancelled: ${event.title}` : event.title;
    const page = this.url(`/events/${event.id}`, 'en');
    return {
      ...this.named(name, descriptionOf(event.description || event.title), 'en'),
      url: page,
      ogType: 'website',
      jsonLd: eventJsonLd(event, page),
    };
  }

  private async resourceHead(idOrSlug: string, wanted: HeadLanguage): Promise<PageHead | null> {
    const resource = await this.records.resource(idOrSlug);
    if (!resource) return null;
    const zh = resource.translations.find((t) => t.language.startsWith('zh') && t.title);
    const language: HeadLanguage = wanted === 'zh' && zh ? 'zh' : 'en';
    const name = language === 'zh' ? zh!.title! : resource.title;
    const description = descriptionOf(
      (language === 'zh' && zh?.excerpt) || resource.excerpt || resource.title,
    );
    const path = `/library/${resource.slug}`;
    const page = this.url(path, language);
    return {
      ...this.named(name, description, language),
      url: page,
      ogType: 'article',
      alternates: zh ? this.alternates(path) : undefined,
      jsonLd: resourceJsonLd(resource, { name, description, language }, page),
    };
  }

  private defaultHead(path: string, language: HeadLanguage): PageHead {
    const list = PUBLIC_LISTS[path];
    const isHome = path === '/';
    const name = list ? list[language] : DEFAULTS[language].name;
    return {
      title: list ? `${name} · ${SITE}` : `${SITE}: ${DEFAULTS[language].name}`,
      name: list ? name : SITE,
      description: `${SITE}: ${DEFAULTS[language].description}`,
      // Signed-in areas and forms have nothing to index; the public lists point at themselves.
      url: list || isHome ? `${this.base}${path}` : null,
      ogType: 'website',
      language,
    };
  }

  private notFound(): PageHead {
    return {
      title: `Page not found · ${SITE}`,
      name: 'Page not found',
      description: `${SITE}: ${DEFAULTS.en.description}`,
      url: null,
      ogType: 'website',
      language: 'en',
      noindex: true,
    };
  }

  private named(name: string, description: string, language: HeadLanguage) {
    return { title: `${name} · ${SITE}`, name, description, language };
  }

  private url(path: string, language: HeadLanguage): string {
    return `${this.base}${path}${language === 'zh' ? '?lang=zh' : ''}`;
  }

  private alternates(path: string): PageHead['alternates'] {
    return [
      { language: 'en', url: this.url(path, 'en') },
      { language: 'zh', url: this.url(path, 'zh') },
      { language: 'x-default', url: this.url(path, 'en') },
    ];
  }
}
