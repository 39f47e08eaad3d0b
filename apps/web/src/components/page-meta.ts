import { useEffect, useLayoutEffect, useRef } from 'react';

const DEFAULT_DESCRIPTION =
  '3iPET: find proven air-quality technology, post what your city needs, and get introduced.';
const MAX_LENGTH = 160;

function metaTag(attribute: 'name' | 'property', key: string): HTMLMetaElement {
  let tag = document.head.querySelector<HTMLMetaElement>(`meta[${attribute}="${key}"]`);
  if (!tag) {
    tag = document.createElement('meta');
    tag.setAttribute(attribute, key);
    document.head.append(tag);
  }
  return tag;
}

/**
 * The server sends each page with its own head (apps/api/src/page-heads): title, description, canonical link,
 * Open Graph tags and JSON-LD. The app updates those same tags while it runs; once the reader moves to another
 * page, the record-only ones (structured data, canonical and Open Graph URL, language alternates, noindex) go
 * and the description is the site's again until the new page names its own. A layout effect: it runs before
 * the new page's effects set their tags.
 */
export function useHeadFollowsRoute(pathname: string): void {
  const first = useRef(pathname);
  useLayoutEffect(() => {
    if (first.current === pathname) return;
    first.current = '';
    for (const tag of document.head.querySelectorAll(
      'script[type="application/ld+json"], link[rel="canonical"], link[rel="alternate"][hreflang], ' +
        'meta[property="og:url"], meta[property="og:locale:alternate"], meta[name="robots"]',
    ))
      tag.remove();
    metaTag('name', 'description').content = DEFAULT_DESCRIPTION;
    metaTag('property', 'og:description').content = DEFAULT_DESCRIPTION;
    metaTag('property', 'og:title').content = '3iPET';
  }, [pathname]);
}

/** Shortens to what search results show, at a word boundary. */
export function descriptionOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_LENGTH) return flat;
  const cut = flat.slice(0, MAX_LENGTH - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}

/**
 * A page's own description (and Open Graph title and description) while it is shown; the site's default again
 * when it goes. `title` is the page's name without the site's.
 */
export function usePageDescription(description: string | undefined, title?: string): void {
  useEffect(() => {
    if (!description) return;
    const text = descriptionOf(description);
    metaTag('name', 'description').content = text;
    metaTag('property', 'og:description').content = text;
    if (title) metaTag('property', 'og:title').content = title;
    return () => {
      metaTag('name', 'description').content = DEFAULT_DESCRIPTION;
      metaTag('property', 'og:description').content = DEFAULT_DESCRIPTION;
      metaTag('property', 'og:title').content = '3iPET';
    };
  }, [description, title]);
}
