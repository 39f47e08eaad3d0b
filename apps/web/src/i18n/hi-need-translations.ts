import type { enNeedTranslations } from './en-need-translations';

/** ज़रूरतों के अनुवाद: संपादक का अनुवाद भाग और अनूदित ज़रूरत पर टिप्पणी (देखें hi.ts)। */
export const hiNeedTranslations: typeof enNeedTranslations = {
  needTranslations: {
    hint: 'साझेदार देशों की भाषाओं में शीर्षक और विवरण, उन भाषाओं के पाठकों को दिखाए जाते हैं।',
    translatedDescription: 'अनूदित विवरण',
    translatedNote: 'शीर्षक और विवरण का अनुवाद एजेंसी ने किया है। मूल शीर्षक:',
  },
};
