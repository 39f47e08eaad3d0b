import type { enNeedTranslations } from './en-need-translations';

/** आवश्यकताका अनुवाद: सम्पादकको अनुवाद खण्ड र अनूदित आवश्यकतामा टिप्पणी (हेर्नुहोस् ne.ts)। */
export const neNeedTranslations: typeof enNeedTranslations = {
  needTranslations: {
    hint: 'साझेदार देशका भाषामा शीर्षक र विवरण, ती भाषा प्रयोग गर्ने पाठकहरूलाई देखाइन्छ।',
    translatedDescription: 'अनूदित विवरण',
    translatedNote: 'शीर्षक र विवरण एजेन्सीले अनुवाद गरेको हो। मूल शीर्षक:',
  },
};
