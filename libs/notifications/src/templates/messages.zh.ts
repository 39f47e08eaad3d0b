import { CONVERSATION_TEMPLATES_ZH } from './conversation-messages';
import { type MessageCatalog, type NotificationPayload, text } from './message';

const matched = (p: NotificationPayload): string[] =>
  p.technologyTitle && p.needTitle
    ? [`对接内容：“${text(p.technologyTitle)}”，对应需求“${text(p.needTitle)}”。`]
    : [];

export const CHINESE: MessageCatalog = {
  templates: {
    ...CONVERSATION_TEMPLATES_ZH,
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
    'project.move-proposed': (p, web) => ({
      subject: '3iPET：有一个项目进展等待您确认',
      paragraphs: [`对方表示项目已进入“${text(p.toStage)}”阶段。如您同意，请确认。`, ...matched(p)],
      action: { label: '查看项目', url: web.project(p.projectId) },
    }),
    'project.stalled': (p, web) => ({
      subject: '3iPET：您的项目还在推进吗？',
      paragraphs: [
        `您的项目已在“${text(p.stage)}”阶段停留 ${text(p.days)} 天。`,
        ...matched(p),
        '请记录下一步进展，或暂停、终止项目，让双方和平台管理员了解项目现状。',
      ],
      action: { label: '更新项目', url: web.project(p.projectId) },
    }),
    'event.cancelled': (p, web) => ({
      subject: `3iPET：“${text(p.title)}”已取消`,
      paragraphs: [`贵单位已报名的活动“${text(p.title)}”已取消。`, `原因：${text(p.reason)}`],
      action: { label: '查看活动', url: web.event(p.eventId) },
    }),
    'review.verdict-published': (p, web) => ({
      subject: `3iPET：专家已评审“${text(p.title)}”`,
      paragraphs: [
        `您的技术条目“${text(p.title)}”的专家评审结论已发布，包括评分、评语和各项声明的核实结果。`,
        '您可以发表一次回复。',
      ],
      action: { label: '查看评审结论', url: web.listingEditor(p.technologyId) },
    }),
    'review.verdict-expired': (p, web) => ({
      subject: `3iPET：“${text(p.title)}”的专家评审结论已过期`,
      paragraphs: [`您的技术条目“${text(p.title)}”的专家评审结论已过期，在重新评审前其声明视为自述。`],
      action: { label: '查看条目', url: web.listingEditor(p.technologyId) },
    }),
    'organization.verification': (p, web) => {
      const said: Record<string, { subject: string; lead: string }> = {
        verified: {
          subject: '3iPET：贵单位已通过认证',
          lead: '3iPET 管理员已核实贵单位并标记为已认证；单位简介和技术条目现在显示认证标志。',
        },
        rejected: { subject: '3iPET：贵单位未通过认证', lead: '3iPET 管理员未能认证贵单位。' },
        withdrawn: { subject: '3iPET：贵单位的认证已被撤销', lead: '3iPET 管理员撤销了贵单位的认证。' },
      };
      const { subject, lead } = said[text(p.decision)] ?? said.withdrawn;
      return {
        subject,
        paragraphs: [lead, ...(p.reason ? [`原因：${text(p.reason)}`] : [])],
        action: { label: '查看单位信息', url: web.organizationSettings() },
      };
    },
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
    'saved-need-search.hit': (p, web) => ({
      subject: `3iPET：“${text(p.savedSearchName)}”有新的需求`,
      paragraphs: [`需求“${text(p.needTitle)}”刚刚发布，符合您保存的需求搜索条件。`],
      action: { label: '查看需求', url: web.need(p.needId) },
    }),
  },
  fallback: (kind, web) => ({
    subject: '3iPET：您有一条新通知',
    paragraphs: [`3iPET 上有新的动态（${kind}）。`],
    action: { label: '打开收件箱', url: web.inbox() },
  }),
  footer: '您收到此邮件，是因为贵单位在 3iPET 上选择了电子邮件通知。',
};
