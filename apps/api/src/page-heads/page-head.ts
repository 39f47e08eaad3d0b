/** What a page says about itself in its first HTML response: to search engines, link previews and the tab. */
export interface PageHead {
  /** The whole `<title>`, site name included. */
  title: string;
  /** The page's name without the site's (og:title). */
  name: string;
  description: string;
  /** Absolute canonical URL; none for pages that should not be indexed. */
  url: string | null;
  ogType: 'website' | 'article' | 'profile';
  language: HeadLanguage;
  /** The same page in the other languages it has (hreflang alternates), absolute URLs. */
  alternates?: { language: HeadLanguage | 'x-default'; url: string }[];
  image?: string;
  jsonLd?: Record<string, unknown>;
  noindex?: boolean;
}

export type HeadLanguage = 'en' | 'zh';

const HTML_LANG: Record<HeadLanguage, string> = { en: 'en', zh: 'zh-Hans' };
const OG_LOCALE: Record<HeadLanguage, string> = { en: 'en_GB', zh: 'zh_CN' };
const MAX_DESCRIPTION = 160;

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Safe in element text and in double- or single-quoted attributes. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);

/**
 * JSON inside `<script>`: no `<`, `>` or `&` can close the element or open a comment, and the two line
 * separators JavaScript once refused in strings are escaped too.
 */
export const jsonForScript = (value: unknown): string =>
  JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );

/** Shortened to what search results show, at a word boundary (the web UI's page-meta.ts cuts the same way). */
export function descriptionOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= MAX_DESCRIPTION) return flat;
  const cut = flat.slice(0, MAX_DESCRIPTION - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_DESCRIPTION / 2 ? cut.slice(0, space) : cut).replace(/[,;:.]$/, '')}…`;
}

/** The tags, one a line; the web UI later updates these same tags instead of adding its own. */
export function renderHead(head: PageHead): string {
  const meta = (attribute: 'name' | 'property', key: string, content: string) =>
    `<meta ${attribute}="${key}" content="${escapeHtml(content)}" />`;
  const otherLocales = (head.alternates ?? [])
    .map((alternate) => alternate.language)
    .filter((language): language is HeadLanguage => language !== 'x-default' && language !== head.language);
  const lines = [
    `<title>${escapeHtml(head.title)}</title>`,
    meta('name', 'description', head.description),
    head.noindex ? meta('name', 'robots', 'noindex') : '',
    head.url ? `<link rel="canonical" href="${escapeHtml(head.url)}" />` : '',
    ...(head.alternates ?? []).map(
      (alternate) =>
        `<link rel="alternate" hreflang="${alternate.language === 'x-default' ? 'x-default' : HTML_LANG[alternate.language]}" href="${escapeHtml(alternate.url)}" />`,
    ),
    meta('property', 'og:site_name', '3iPET'),
    meta('property', 'og:title', head.name),
    meta('property', 'og:description', head.description),
    meta('property', 'og:type', head.ogType),
    head.url ? meta('property', 'og:url', head.url) : '',
    meta('property', 'og:locale', OG_LOCALE[head.language]),
    ...otherLocales.map((language) => meta('property', 'og:locale:alternate', OG_LOCALE[language])),
    head.image ? meta('property', 'og:image', head.image) : '',
    meta('name', 'twitter:card', head.image ? 'summary_large_image' : 'summary'),
    head.jsonLd ? `<script type="application/ld+json">${jsonForScript(head.jsonLd)}</script>` : '',
  ];
  return lines.filter(Boolean).join('\n    ');
}

/**
 * index.html with the page's head: its own `<title>` and description replace the built file's defaults, the
 * rest goes before `</head>`, and `<html lang>` names the language the head is written in.
 */
export function withHead(template: string, head: PageHead): string {
  const tags = renderHead(head);
  let html = template
    .replace(/<title>[\s\S]*?<\/title>\s*/i, '')
    .replace(/<meta\s+name="description"[^>]*>\s*/i, '')
    .replace(/<html([^>]*?)\slang="[^"]*"/i, '<html$1')
    .replace(/<html/i, `<html lang="${HTML_LANG[head.language]}"`);
  if (/<\/head>/i.test(html)) return html.replace(/<\/head>/i, `  ${tags}\n  </head>`);
  // A bare template (no <head>): the tags open the document, after the doctype.
  html = html.replace(/^(\s*<!doctype html>)?/i, (doctype) => `${doctype}${tags}`);
  return html;
}
