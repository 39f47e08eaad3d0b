import type { enFindability } from './en-findability';

/** සිංහල: the home page's example searches; the type keeps the keys identical to en-findability.ts. */
export const siFindability: typeof enFindability = {
  examples: {
    first: 'ගඩොල් පෝරණු දූවිලි',
    second: 'විද්‍යුත් ස්ථිතික අවක්ෂේපකය',
    third: 'සිමෙන්ති FGD',
    fourth: 'අඩු වියදම් සංවේදක',
  },
};
