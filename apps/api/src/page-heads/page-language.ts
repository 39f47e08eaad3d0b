import type { HeadLanguage } from './page-head';

/**
 * The language a page's head is written in: `?lang=` when the link names one, else the reader's first choice
 * among the languages records are translated into (Accept-Language, by weight), else English.
 */
export function pageLanguage(
  lang: string | null,
  acceptLanguage: string | undefined,
): { language: HeadLanguage; negotiated: boolean } {
  if (lang) return { language: lang.toLowerCase().startsWith('zh') ? 'zh' : 'en', negotiated: false };
  const ranked = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { tag, weight: weight === undefined ? 1 : Number(weight), index };
    })
    .filter((entry) => entry.tag && entry.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.index - b.index);
  const first = ranked.find((entry) => /^(zh|en)(-|$)/.test(entry.tag));
  return { language: first?.tag.startsWith('zh') ? 'zh' : 'en', negotiated: true };
}
