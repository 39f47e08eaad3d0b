import { type MessageTemplate, type NotificationPayload, text } from './message';

/** One listed message of a digest, as the conversations lib writes it into the payload. */
interface DigestLine {
  authorName?: unknown;
  excerpt?: unknown;
}

const linesOf = (p: NotificationPayload): DigestLine[] =>
  Array.isArray(p.messages) ? (p.messages as DigestLine[]) : [];

const more = (p: NotificationPayload): number => (typeof p.more === 'number' ? p.more : 0);

const matchedEn = (p: NotificationPayload): string[] =>
  p.technologyTitle && p.needTitle
    ? [`On the match “${text(p.technologyTitle)}” for the need “${text(p.needTitle)}”.`]
    : [];

const matchedZh = (p: NotificationPayload): string[] =>
  p.technologyTitle && p.needTitle
    ? [`对接内容：“${text(p.technologyTitle)}”，对应需求“${text(p.needTitle)}”。`]
    : [];

/** Message templates of a match's conversation: one new message, and the e-mail digest of several. */
export const CONVERSATION_TEMPLATES_EN: Record<string, MessageTemplate> = {
  'match.message': (p, web) => ({
    subject: '3iPET: a new message on your match',
    paragraphs: [...matchedEn(p), `${text(p.authorName)}: ${text(p.excerpt)}`],
    action: { label: 'Open the conversation', url: web.match(p.matchId) },
  }),
  'match.messages-digest': (p, web) => ({
    subject: `3iPET: ${linesOf(p).length + more(p)} new message(s) on your match`,
    paragraphs: [
      ...matchedEn(p),
      ...linesOf(p).map((line) => `${text(line.authorName)}: ${text(line.excerpt)}`),
      ...(more(p) > 0 ? [`… and ${more(p)} more.`] : []),
    ],
    action: { label: 'Open the conversation', url: web.match(p.matchId) },
  }),
};

export const CONVERSATION_TEMPLATES_ZH: Record<string, MessageTemplate> = {
  'match.message': (p, web) => ({
    subject: '3iPET：您的对接有一条新消息',
    paragraphs: [...matchedZh(p), `${text(p.authorName)}：${text(p.excerpt)}`],
    action: { label: '打开对话', url: web.match(p.matchId) },
  }),
  'match.messages-digest': (p, web) => ({
    subject: `3iPET：您的对接有 ${linesOf(p).length + more(p)} 条新消息`,
    paragraphs: [
      ...matchedZh(p),
      ...linesOf(p).map((line) => `${text(line.authorName)}：${text(line.excerpt)}`),
      ...(more(p) > 0 ? [`……另有 ${more(p)} 条。`] : []),
    ],
    action: { label: '打开对话', url: web.match(p.matchId) },
  }),
};
