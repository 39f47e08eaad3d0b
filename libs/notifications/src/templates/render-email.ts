import { type Message, type MessageCatalog, type NotificationPayload, WebLinks } from './message';
import { ENGLISH } from './messages.en';
import { CHINESE } from './messages.zh';

export const EMAIL_LOCALES = ['en', 'zh'] as const;
export type EmailLocale = (typeof EMAIL_LOCALES)[number];

const CATALOGS: Record<EmailLocale, MessageCatalog> = { en: ENGLISH, zh: CHINESE };

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/** `zh`, `zh-CN`, `zh-Hant` → zh; every other language reads English until it has templates of its own. */
export function emailLocaleOf(userLocale: string | null | undefined): EmailLocale {
  return /^zh(\b|[-_])/i.test(userLocale ?? '') ? 'zh' : 'en';
}

export function renderEmail(
  kind: string,
  payload: NotificationPayload,
  locale: EmailLocale,
  publicUrl: string,
): RenderedEmail {
  const catalog = CATALOGS[locale];
  const web = new WebLinks(publicUrl);
  const template = catalog.templates[kind];
  const message = template ? template(payload, web) : catalog.fallback(kind, web);
  return {
    subject: message.subject,
    text: asText(message, catalog.footer),
    html: asHtml(message, catalog.footer, locale),
  };
}

export function asText(message: Message, footer: string): string {
  return (
    [...message.paragraphs, `${message.action.label}: ${message.action.url}`, '--', footer].join('\n\n') +
    '\n'
  );
}

export function asHtml(message: Message, footer: string, locale: EmailLocale): string {
  const paragraphs = message.paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`).join('\n');
  return `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(message.subject)}</title></head>
<body style="font-family: sans-serif; line-height: 1.5; color: #1f2933">
${paragraphs}
<p><a href="${escapeHtml(message.action.url)}" style="color: #0b6e4f">${escapeHtml(message.action.label)}</a></p>
<hr><p style="font-size: 12px; color: #616e7c">${escapeHtml(footer)}</p>
</body></html>
`;
}

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
