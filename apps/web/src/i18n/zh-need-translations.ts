import type { enNeedTranslations } from './en-need-translations';

/** 需求的翻译：编辑器中的翻译部分及已翻译需求的说明（见 zh.ts）。 */
export const zhNeedTranslations: typeof enNeedTranslations = {
  needTranslations: {
    hint: '以伙伴国家语言填写的标题和描述，向使用该语言的读者显示。',
    translatedDescription: '译文描述',
    translatedNote: '标题和描述由机构翻译。原标题：',
  },
};
