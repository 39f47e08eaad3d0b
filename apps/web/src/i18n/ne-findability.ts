import type { enFindability } from './en-findability';

/** नेपाली: the home page's example searches; the type keeps the keys identical to en-findability.ts. */
export const neFindability: typeof enFindability = {
  examples: {
    first: 'इँटा भट्टाको धुलो',
    second: 'इलेक्ट्रोस्ट्याटिक प्रेसिपिटेटर',
    third: 'सिमेन्ट FGD',
    fourth: 'कम लागतका सेन्सर',
  },
};
