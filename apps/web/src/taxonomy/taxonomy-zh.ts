/**
 * Chinese labels for the parts of the taxonomy the API serves in English only (pollutants and categories come
 * with `labelZh`). An id missing here falls back to the API's English label.
 */
export const SECTOR_LABELS_ZH: Record<string, string> = {
  power: '电力生产',
  industry: '工业',
  'industry.brick-kilns': '砖窑',
  'industry.cement': '水泥',
  'industry.steel': '钢铁',
  'industry.other': '其他工业',
  transport: '交通',
  'transport.vehicles': '道路机动车',
  'transport.two-wheelers': '两轮和三轮车',
  'transport.diesel-generators': '柴油发电机',
  residential: '居民炊事和取暖',
  agriculture: '农业和秸秆焚烧',
  'waste-burning': '露天垃圾焚烧',
  'construction-dust': '建筑和道路扬尘',
  'forest-fires': '森林火灾',
};

export const CATEGORY_GROUP_LABELS_ZH: Record<string, string> = {
  monitoring: '监测',
  'end-of-pipe': '末端治理',
  'clean-fuels': '清洁燃料和炉灶',
  'e-mobility': '电动交通',
  'kiln-conversion': '窑炉改造',
  'crop-residue': '秸秆综合利用',
  'dust-suppression': '抑尘',
  'indoor-air': '室内空气',
};

export const DEAL_TYPE_LABELS_ZH: Record<string, string> = {
  sale: '销售',
  licence: '技术许可',
  'joint-venture': '合资',
  distribution: '分销',
  pilot: '试点项目',
};

export const TRL_DEFINITIONS_ZH: Record<number, string> = {
  1: '观察到基本原理',
  2: '形成技术概念',
  3: '实验验证概念',
  4: '实验室环境验证',
  5: '相关环境中验证',
  6: '相关环境中示范',
  7: '运行环境中的系统原型示范',
  8: '系统完成并通过鉴定',
  9: '实际系统在运行环境中得到验证',
};
