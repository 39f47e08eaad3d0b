import { type MessageCatalog, type NotificationPayload, text } from './message';

const matched = (p: NotificationPayload): string[] =>
  p.technologyTitle && p.needTitle
    ? [`对接内容：“${text(p.technologyTitle)}”，对应需求“${text(p.needTitle)}”。`]
    : [];

export const CHINESE: MessageCatalog = {
  templates: {
    'match.introduced': (p, web) => ({
      subject: '3iPET：您有一个新的对接推荐',
      paragraphs: [
        '3iPET 平台管理员已将贵单位推荐给一位潜在合作伙伴。',
        ...matched(p),
        '请打开对接详情，查看匹配理由并回复是否感兴趣。',
      ],
      action: { label: '查看推荐', url: web.match(p.matchId) },
    }),
    'match.connected': (p, web) => ({
      subject: '3iPET：双方已成功对接',
      paragraphs: ['双方均表示感兴趣，对方的联系方式现已向您开放。', ...matched(p)],
      action: { label: '查看联系方式', url: web.match(p.matchId) },
    }),
    'match.declined': (p, web) => ({
      subject: '3iPET：对接推荐已被婉拒',
      paragraphs: ['对方婉拒了此次推荐。平台管理员将继续为您寻找更合适的匹配。', ...matched(p)],
      action: { label: '查看对接', url: web.match(p.matchId) },
    }),
    'listing.published': (p, web) => ({
      subject: `3iPET：“${text(p.title)}”已发布`,
      paragraphs: [`您的技术条目“${text(p.title)}”已通过审核，现已公开。`],
      action: { label: '查看条目', url: web.technology(p.technologyId) },
    }),
    'listing.changes-requested': (p, web) => ({
      subject: `3iPET：“${text(p.title)}”需要修改`,
      paragraphs: [`平台管理员要求修改您的技术条目“${text(p.title)}”后再发布。`, `原因：${text(p.reason)}`],
      action: { label: '编辑条目', url: web.listingEditor(p.technologyId) },
    }),
    'listing.expired': (p, web) => ({
      subject: `3iPET：“${text(p.title)}”已过期`,
      paragraphs: [
        `您的技术条目“${text(p.title)}”已十二个月未确认，现已下线。`,
        '请确认信息仍然准确，即可重新发布。',
      ],
      action: { label: '确认条目', url: web.listingEditor(p.technologyId) },
    }),
    'saved-search.hit': (p, web) => ({
      subject: `3iPET：“${text(p.savedSearchName)}”有新的匹配`,
      paragraphs: [`“${text(p.technologyTitle)}”刚刚发布，符合您保存的搜索条件。`],
      action: { label: '查看技术', url: web.technology(p.technologyId) },
    }),
  },
  fallback: (kind, web) => ({
    subject: '3iPET：您有一条新通知',
    paragraphs: [`3iPET 上有新的动态（${kind}）。`],
    action: { label: '打开收件箱', url: web.inbox() },
  }),
  footer: '您收到此邮件，是因为贵单位在 3iPET 上选择了电子邮件通知。',
};
