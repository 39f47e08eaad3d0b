/** Synthetic technology listings and queries for the search benchmark: deterministic, realistic vocabulary. */

export interface BenchListing {
  id: string;
  title: string;
  titleZh?: string;
  category: string;
  summary: string;
  vendorName: string;
  pollutants: string[];
  sectors: string[];
  country: string;
  suppliedTo: string[];
  trl: number;
  capitalCostUsd: number;
  dealTypes: string[];
  verified: boolean;
}

export const CATEGORIES = [
  'electrostatic precipitator',
  'bag filter',
  'fabric filter',
  'wet scrubber',
  'cyclone separator',
  'low-cost PM2.5 sensor',
  'reference monitoring station',
  'CEMS',
  'satellite retrieval',
  'air quality forecasting',
  'SCR',
  'SNCR',
  'low-NOx burner',
  'flue gas desulfurisation',
  'catalytic oxidiser',
  'activated carbon adsorption',
  'diesel particulate filter',
  'improved cookstove',
  'electric two-wheeler',
  'zig-zag kiln conversion',
  'tunnel kiln',
  'crop residue baler',
  'dust suppression fog cannon',
  'indoor air purifier',
];

const CHINESE_TITLES = [
  '静电除尘器',
  '烟气脱硫系统',
  '布袋除尘器',
  '湿式洗涤塔',
  '选择性催化还原脱硝装置',
  '低成本PM2.5传感器',
  '烟气在线监测系统',
  '之字形砖窑改造',
  '隧道窑节能改造',
  '挥发性有机物催化燃烧',
  '柴油颗粒捕集器',
  '雾炮抑尘设备',
  '室内空气净化器',
  '秸秆打捆机',
];

export const POLLUTANTS = [
  'PM2.5',
  'PM10',
  'black carbon',
  'NOx',
  'SO2',
  'O3',
  'VOCs',
  'CO',
  'NH3',
  'mercury',
  'CH4',
];
export const SECTORS = [
  'power generation',
  'brick kilns',
  'cement',
  'steel',
  'vehicles',
  'two-wheelers',
  'diesel generators',
  'residential cooking and heating',
  'crop-residue burning',
  'open waste burning',
  'construction and road dust',
  'forest fires',
];
export const COUNTRIES = ['CN', 'IN', 'NP', 'LK', 'BD', 'PK', 'BT', 'MV', 'TH', 'VN'];
const DEAL_TYPES = ['sale', 'licence', 'joint venture', 'distribution', 'pilot'];
const QUALIFIERS = [
  'compact',
  'modular',
  'high-efficiency',
  'retrofit',
  'containerised',
  'solar-powered',
  'smart',
  'heavy-duty',
];
const PURPOSES = [
  'for coal-fired boilers',
  'for brick kilns',
  'for cement plants',
  'for steel sinter lines',
  'for municipal networks',
  'for bus fleets',
  'for household cooking',
  'for construction sites',
  'for waste incinerators',
  'for rice mills',
];
const SUMMARY_PHRASES = [
  'cuts particulate emissions by more than 95 percent',
  'proven in monsoon humidity',
  'low pressure drop and long bag life',
  'remote calibration over GSM',
  'operates on biomass and coal',
  'meets CPCB and MoEFCC norms',
  'reduces fuel use by a quarter',
  'installed at over forty sites',
  'training and spare parts in local languages',
  'continuous data to the cloud dashboard',
  'ammonia slip below 3 ppm',
  'limestone gypsum process with high availability',
  'fits existing ductwork without a shutdown',
  'payback under three years',
  'certified to ISO 9001 and CE',
  'supports municipal air action plans',
];
const SYLLABLES = [
  'long',
  'king',
  'fei',
  'da',
  'hua',
  'neng',
  'tian',
  'jie',
  'qing',
  'yuan',
  'xin',
  'lan',
  'bo',
  'sheng',
  'tai',
  'ming',
];

/** Mulberry32: the same sequence on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)];
}

function pickSome<T>(random: () => number, items: readonly T[], max: number): T[] {
  const count = 1 + Math.floor(random() * max);
  return [...new Set(Array.from({ length: count }, () => pick(random, items)))];
}

/** Vendor names and model codes give the vocabulary its long tail of rare terms. */
function vendorName(random: () => number): string {
  const word = () => pick(random, SYLLABLES) + pick(random, SYLLABLES);
  const name = word();
  return `${name[0].toUpperCase()}${name.slice(1)} ${pick(random, ['Environmental', 'Envirotech', 'Clean Air', 'Technology'])} Co.`;
}

export function generateListings(count: number, seed = 7): BenchListing[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => {
    const category = pick(random, CATEGORIES);
    const modelCode = `${pick(random, SYLLABLES).toUpperCase()}-${Math.floor(random() * 90_000) + 1000}`;
    const summary = pickSome(random, SUMMARY_PHRASES, 3).join('; ');
    const listing: BenchListing = {
      id: `tech-${i}`,
      title: `${pick(random, QUALIFIERS)} ${category} ${pick(random, PURPOSES)} (${modelCode})`,
      category,
      summary: `${summary}.`,
      vendorName: vendorName(random),
      pollutants: pickSome(random, POLLUTANTS, 3),
      sectors: pickSome(random, SECTORS, 2),
      country: random() < 0.7 ? 'CN' : pick(random, COUNTRIES),
      suppliedTo: pickSome(random, COUNTRIES, 4),
      trl: 1 + Math.floor(random() * 9),
      capitalCostUsd: Math.round(10 ** (3 + random() * 4)),
      dealTypes: pickSome(random, DEAL_TYPES, 2),
      verified: random() < 0.6,
    };
    if (random() < 0.25) listing.titleZh = pick(random, CHINESE_TITLES);
    return listing;
  });
}

/** One typo in a word of at least 5 letters: a deletion, a swap or a substitution, never on the first letter. */
export function withTypo(random: () => number, text: string): string {
  const words = text.split(' ');
  const candidates = words.map((word, i) => [word, i] as const).filter(([word]) => /^[a-z]{5,}$/i.test(word));
  if (candidates.length === 0) return text;
  const [word, index] = pick(random, candidates);
  const at = 1 + Math.floor(random() * (word.length - 2));
  const kind = Math.floor(random() * 3);
  const typo =
    kind === 0
      ? word.slice(0, at) + word.slice(at + 1)
      : kind === 1
        ? word.slice(0, at) + word[at + 1] + word[at] + word.slice(at + 2)
        : word.slice(0, at) + 'x' + word.slice(at + 1);
  words[index] = typo;
  return words.join(' ');
}

export const CHINESE_QUERIES = ['除尘', '脱硫', '静电除尘', '传感器', '砖窑改造', '脱硝', '净化器', '监测'];
