import type { enConversation } from './en-conversation';

/** 对接对话的简体中文文案（见 zh.ts）。 */
export const zhConversation: typeof enConversation = {
  conversation: {
    title: '对话',
    messages: '消息',
    none: '暂无消息，欢迎发出第一条。',
    closed: '该对接推荐已被婉拒，对话已关闭。',
    write: '您的消息',
    send: '发送',
    edit: '编辑',
    editLabel: '编辑您的消息',
    save: '保存',
    edited: '已编辑',
    history_one: '较早版本（{{count}}）',
    history_other: '较早版本（{{count}}）',
    replacedAt: '于 {{date}} 被替换',
    unread_one: '{{count}} 条未读消息',
    unread_other: '{{count}} 条未读消息',
    seat: {
      need: '需求方机构',
      vendor: '技术供应商',
      curator: '3iPET 平台管理员',
    },
    adminTitle: '对接对话',
    adminLead: '双方机构和平台管理员均可在此阅读和发言。',
    backToMatches: '返回对接列表',
    open: '对话',
  },
};
