import type { enSavedNeeds } from './en-saved-needs';

/** 供应商保存的需求搜索（见 zh.ts）。 */
export const zhSavedNeeds: typeof enSavedNeeds = {
  savedNeedSearches: {
    title: '已保存的需求搜索',
    hint: '有机构发布符合条件的需求时，将通过收件箱和电子邮件通知贵机构。',
    save: '保存此搜索并接收提醒',
    saved: '搜索已保存：有符合条件的新需求时会通知您。',
    remove: '删除',
    removeLabel: '删除已保存的搜索 {{name}}',
    noneYet: '暂无符合条件的需求。保存此搜索，有机构发布时会通知您。',
  },
};
