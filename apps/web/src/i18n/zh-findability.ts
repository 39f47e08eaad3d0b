import type { enFindability } from './en-findability';

/** 首页示例搜索与页面标题、描述的中文文字（键与 en-findability.ts 相同）。 */
export const zhFindability: typeof enFindability = {
  examples: {
    first: '砖窑除尘',
    second: '静电除尘',
    third: '水泥脱硝',
    fourth: '低成本传感器',
  },
};
