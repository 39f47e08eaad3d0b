/** Organisations of the demo data. Names are invented; places and industries are real. */
export interface SeedOrganization {
  key: string;
  kind: 'vendor' | 'agency';
  name: string;
  country: string;
  city: string;
  website: string;
  description: string;
  languages: string[];
  member: { email: string; displayName: string };
}

const vendor = (
  key: string,
  name: string,
  country: string,
  city: string,
  description: string,
  member: [string, string],
  languages = ['zh', 'en'],
): SeedOrganization => ({
  key,
  kind: 'vendor',
  name,
  country,
  city,
  website: `https://www.${key}.example.com`,
  description,
  languages,
  member: { email: member[0], displayName: member[1] },
});

const agency = (
  key: string,
  name: string,
  country: string,
  city: string,
  description: string,
  member: [string, string],
  languages: string[],
): SeedOrganization => ({
  ...vendor(key, name, country, city, description, member, languages),
  kind: 'agency',
});

export const SEED_VENDORS: readonly SeedOrganization[] = [
  vendor(
    'qiantang-esp',
    'Zhejiang Qiantang Electrostatic Equipment Co., Ltd.',
    'CN',
    'Hangzhou',
    'Electrostatic precipitators for cement, steel and coal power since 1998; 600+ units in service.',
    ['vendor@3ipet.local', 'Chen Jianguo'],
  ),
  vendor(
    'taihu-filtration',
    'Jiangsu Taihu Filtration Technology Co., Ltd.',
    'CN',
    'Yancheng',
    'Pulse-jet bag filters and PTFE-membrane filter bags for kilns, furnaces and boilers.',
    ['sales@taihu-filtration.example.com', 'Zhou Min'],
  ),
  vendor(
    'yanshan-clean-air',
    'Beijing Yanshan Clean Air Engineering Co., Ltd.',
    'CN',
    'Beijing',
    'EPC contractor for flue gas desulfurisation and denitrification at power and industrial plants.',
    ['intl@yanshan-clean-air.example.com', 'Wang Lei'],
  ),
  vendor(
    'jingjin-denox',
    'Hebei Jingjin Denitration Technology Co., Ltd.',
    'CN',
    'Shijiazhuang',
    'SCR and SNCR systems and honeycomb vanadium-titanium catalysts for cement and glass furnaces.',
    ['export@jingjin-denox.example.com', 'Liu Yang'],
  ),
  vendor(
    'lingnan-voc',
    'Guangdong Lingnan VOC Control Co., Ltd.',
    'CN',
    'Foshan',
    'Regenerative thermal and catalytic oxidisers and zeolite concentrators for coating, printing and chemicals.',
    ['overseas@lingnan-voc.example.com', 'Huang Wei'],
  ),
  vendor(
    'yangzi-combustion',
    'Jiangsu Yangzi Combustion Equipment Co., Ltd.',
    'CN',
    'Wuxi',
    'Low-NOx and ultra-low-NOx burners for industrial boilers and process heaters.',
    ['sales@yangzi-combustion.example.com', 'Sun Hao'],
  ),
  vendor(
    'lanbo-sensing',
    'Shenzhen Lanbo Sensing Technology Co., Ltd.',
    'CN',
    'Shenzhen',
    'Calibrated low-cost particle and gas sensor networks with a city dashboard.',
    ['global@lanbo-sensing.example.com', 'Li Na'],
  ),
  vendor(
    'tianjing-instruments',
    'Beijing Tianjing Environmental Monitoring Instruments Co., Ltd.',
    'CN',
    'Beijing',
    'CEMS and ambient reference analysers, certified under China MEE (CCEP) and tested to EN 15267.',
    ['intl@tianjing-instruments.example.com', 'Zhao Qiang'],
  ),
  vendor(
    'skyview-remote-sensing',
    'Beijing Zhongke Skyview Remote Sensing Co., Ltd.',
    'CN',
    'Beijing',
    'Satellite-derived PM2.5 and NO2 maps and chemical-transport forecasts for city and national agencies.',
    ['partners@skyview-remote-sensing.example.com', 'Ma Lin'],
  ),
  vendor(
    'yanzhao-kiln',
    'Hebei Yanzhao Kiln Engineering Co., Ltd.',
    'CN',
    'Handan',
    'Brick kiln design, zig-zag retrofits and automated tunnel kiln lines.',
    ['kiln@yanzhao-kiln.example.com', 'Gao Feng'],
  ),
  vendor(
    'qilu-agri',
    'Shandong Qilu Agricultural Machinery Co., Ltd.',
    'CN',
    'Weifang',
    'Straw balers, no-till seeders and residue pelletising lines for wheat-rice systems.',
    ['export@qilu-agri.example.com', 'Xu Bin'],
  ),
  vendor(
    'zhujiang-dust',
    'Guangdong Zhujiang Dust Suppression Equipment Co., Ltd.',
    'CN',
    'Guangzhou',
    'Fog cannons, truck-mounted misting units and road washing vehicles for construction and mining.',
    ['sales@zhujiang-dust.example.com', 'Lin Jie'],
  ),
  vendor(
    'jinhua-stove',
    'Zhejiang Jinhua Clean Stove Co., Ltd.',
    'CN',
    'Jinhua',
    'Forced-draft gasifier cookstoves, pellet heaters and induction cooking kits tested to ISO 19867.',
    ['intl@jinhua-stove.example.com', 'Fang Yu'],
  ),
  vendor(
    'changjiang-ebus',
    'Jiangsu Changjiang New Energy Bus Co., Ltd.',
    'CN',
    'Changzhou',
    'Battery-electric city buses with LFP packs, depot charging and fleet telematics.',
    ['overseas@changjiang-ebus.example.com', 'Yang Fan'],
  ),
  vendor(
    'hanfeng-etricycle',
    'Xuzhou Hanfeng Electric Tricycle Co., Ltd.',
    'CN',
    'Xuzhou',
    'Electric three-wheelers for passengers and cargo, with battery-swap cabinets.',
    ['export@hanfeng-etricycle.example.com', 'Zhang Tao'],
  ),
  vendor(
    'qinghe-purification',
    'Beijing Qinghe Purification Technology Co., Ltd.',
    'CN',
    'Beijing',
    'HEPA air purifiers and heat-recovery fresh-air units for schools, clinics and offices.',
    ['intl@qinghe-purification.example.com', 'Wu Jing'],
  ),
  vendor(
    'huishan-emission',
    'Jiangsu Huishan Emission Control Co., Ltd.',
    'CN',
    'Wuxi',
    'Diesel particulate filters and oxidation catalysts for gensets, buses and off-road engines.',
    ['sales@huishan-emission.example.com', 'Qian Rui'],
  ),
  vendor(
    'botou-dust-control',
    'Hebei Cangzhou Botou Dust Control Equipment Co., Ltd.',
    'CN',
    'Botou',
    'Multi-cyclones and wet scrubbers for small boilers, foundries and kilns.',
    ['export@botou-dust-control.example.com', 'Han Dong'],
  ),
  vendor(
    'sahyadri-enviro',
    'Sahyadri Enviro Systems Pvt. Ltd.',
    'IN',
    'Pune',
    'Retrofit emission control devices for diesel generator sets, type-approved in India.',
    ['sales@sahyadri-enviro.example.com', 'Aditya Kulkarni'],
    ['en', 'hi'],
  ),
  vendor(
    'rheinland-filter',
    'Rheinland Filtertechnik GmbH',
    'DE',
    'Düsseldorf',
    'Ceramic filter candles with embedded catalyst for hot-gas dust, NOx and dioxin removal.',
    ['export@rheinland-filter.example.com', 'Katrin Vogel'],
    ['de', 'en'],
  ),
  vendor(
    'kansai-sokutei',
    'Kansai Sokutei Co., Ltd.',
    'JP',
    'Osaka',
    'Reference-grade ambient analysers for NOx, SO2 and ozone.',
    ['overseas@kansai-sokutei.example.com', 'Takeshi Yamamoto'],
    ['ja', 'en'],
  ),
];

export const SEED_AGENCIES: readonly SeedOrganization[] = [
  agency(
    'kathmandu-clean-air',
    'Kathmandu Valley Clean Air Office',
    'NP',
    'Kathmandu',
    'Coordinates air-quality management for the valley: brick kilns, vehicles, road dust and open burning.',
    ['agency@3ipet.local', 'Sita Shrestha'],
    ['ne', 'en'],
  ),
  agency(
    'bagmati-brick',
    "Bagmati Brick Kiln Entrepreneurs' Association",
    'NP',
    'Bhaktapur',
    'Association of kiln owners converting Fixed Chimney Bull Trench Kilns to cleaner designs.',
    ['office@bagmati-brick.example.com', 'Ram Bahadur Thapa'],
    ['ne', 'en'],
  ),
  agency(
    'western-province-environment',
    'Western Province Environmental Authority',
    'LK',
    'Colombo',
    'Licenses industrial emitters and runs the provincial ambient monitoring network.',
    ['air@western-province-environment.example.com', 'Nimal Perera'],
    ['si', 'ta', 'en'],
  ),
  agency(
    'kandy-municipal',
    'Kandy Municipal Council, Environment Division',
    'LK',
    'Kandy',
    'Traffic, bus fleet and street dust programmes for a valley city with winter inversions.',
    ['environment@kandy-municipal.example.com', 'Kumari Jayasinghe'],
    ['si', 'en'],
  ),
  agency(
    'up-clean-air',
    'Uttar Pradesh Urban Clean Air Programme Office',
    'IN',
    'Lucknow',
    'Implements city clean-air action plans for non-attainment cities of Uttar Pradesh.',
    ['ncap@up-clean-air.example.com', 'Priya Verma'],
    ['hi', 'en'],
  ),
  agency(
    'punjab-residue',
    'Punjab Crop Residue Partnership',
    'IN',
    'Ludhiana',
    'Farmer cooperatives and district offices working to end paddy-straw burning.',
    ['office@punjab-residue.example.com', 'Gurpreet Singh'],
    ['hi', 'en'],
  ),
];

/** Demo logins; shown in the README. Seeded members of other organisations share MEMBER_PASSWORD. */
export const SEED_LOGINS = {
  admin: { email: 'admin@3ipet.local', password: '3iPET-admin-2025', displayName: 'Platform Curator' },
  vendor: { email: 'vendor@3ipet.local', password: '3iPET-vendor-2025' },
  agency: { email: 'agency@3ipet.local', password: '3iPET-agency-2025' },
  memberPassword: '3iPET-member-2025',
} as const;
