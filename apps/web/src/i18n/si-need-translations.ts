import type { enNeedTranslations } from './en-need-translations';

/** අවශ්‍යතාවල පරිවර්තන: සංස්කාරකයේ පරිවර්තන කොටස සහ පරිවර්තිත අවශ්‍යතාවක සටහන (si.ts බලන්න). */
export const siNeedTranslations: typeof enNeedTranslations = {
  needTranslations: {
    hint: 'හවුල්කාර රටවල භාෂාවලින් මාතෘකාව සහ විස්තරය, එම භාෂා භාවිත කරන පාඨකයන්ට පෙන්වයි.',
    translatedDescription: 'පරිවර්තිත විස්තරය',
    translatedNote: 'මාතෘකාව සහ විස්තරය ආයතනය විසින් පරිවර්තනය කර ඇත. මුල් මාතෘකාව:',
  },
};
