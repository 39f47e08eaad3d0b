export interface TechnologyCategory {
  /** `<group>.<leaf>`, e.g. `end-of-pipe.esp`. */
  id: string;
  label: string;
  labelZh: string;
}

export interface CategoryGroup {
  id: string;
  label: string;
  categories: readonly TechnologyCategory[];
}

export const CATEGORY_GROUPS: readonly CategoryGroup[] = [
  {
    id: 'monitoring',
    label: 'Monitoring',
    categories: [
      {
        id: 'monitoring.reference-station',
        label: 'Reference monitoring stations',
        labelZh: '标准空气质量监测站',
      },
      { id: 'monitoring.low-cost-sensors', label: 'Low-cost sensor networks', labelZh: '低成本传感器网络' },
      {
        id: 'monitoring.cems',
        label: 'Continuous emission monitoring (CEMS)',
        labelZh: '烟气排放连续监测系统',
      },
      { id: 'monitoring.satellite', label: 'Satellite remote sensing', labelZh: '卫星遥感' },
      { id: 'monitoring.forecasting', label: 'Air-quality forecasting', labelZh: '空气质量预报' },
    ],
  },
  {
    id: 'end-of-pipe',
    label: 'End-of-pipe control',
    categories: [
      { id: 'end-of-pipe.cyclone', label: 'Cyclones', labelZh: '旋风除尘器' },
      { id: 'end-of-pipe.esp', label: 'Electrostatic precipitators', labelZh: '静电除尘器' },
      { id: 'end-of-pipe.fabric-filter', label: 'Fabric filters', labelZh: '袋式除尘器' },
      { id: 'end-of-pipe.wet-scrubber', label: 'Wet scrubbers', labelZh: '湿式洗涤器' },
      { id: 'end-of-pipe.fgd', label: 'Flue gas desulfurisation', labelZh: '烟气脱硫' },
      { id: 'end-of-pipe.scr-sncr', label: 'SCR / SNCR denitrification', labelZh: 'SCR/SNCR 脱硝' },
      { id: 'end-of-pipe.low-nox-burner', label: 'Low-NOx burners', labelZh: '低氮燃烧器' },
      { id: 'end-of-pipe.oxidiser', label: 'Catalytic and thermal oxidisers', labelZh: '催化/蓄热氧化' },
      { id: 'end-of-pipe.adsorption', label: 'Adsorption', labelZh: '吸附' },
      {
        id: 'end-of-pipe.dpf-doc',
        label: 'Diesel particulate filters and oxidation catalysts',
        labelZh: '柴油颗粒过滤器',
      },
    ],
  },
  {
    id: 'clean-fuels',
    label: 'Clean fuels and cookstoves',
    categories: [
      { id: 'clean-fuels.cookstoves', label: 'Improved and clean cookstoves', labelZh: '清洁炉灶' },
      {
        id: 'clean-fuels.fuel-switch',
        label: 'Fuel switching (LPG, biogas, electricity)',
        labelZh: '燃料替代',
      },
    ],
  },
  {
    id: 'e-mobility',
    label: 'E-mobility',
    categories: [
      { id: 'e-mobility.buses', label: 'Electric buses', labelZh: '电动公交' },
      {
        id: 'e-mobility.two-three-wheelers',
        label: 'Electric two- and three-wheelers',
        labelZh: '电动两轮/三轮车',
      },
      { id: 'e-mobility.charging', label: 'Charging and battery swapping', labelZh: '充换电设施' },
    ],
  },
  {
    id: 'kiln-conversion',
    label: 'Kiln conversion',
    categories: [
      { id: 'kiln-conversion.zig-zag', label: 'Zig-zag kilns', labelZh: '之字形窑改造' },
      { id: 'kiln-conversion.tunnel', label: 'Tunnel kilns', labelZh: '隧道窑' },
    ],
  },
  {
    id: 'crop-residue',
    label: 'Crop-residue management',
    categories: [
      { id: 'crop-residue.in-situ', label: 'In-situ residue management', labelZh: '秸秆还田' },
      { id: 'crop-residue.ex-situ', label: 'Ex-situ residue collection and use', labelZh: '秸秆收储利用' },
    ],
  },
  {
    id: 'dust-suppression',
    label: 'Dust suppression',
    categories: [
      { id: 'dust-suppression.fog-cannon', label: 'Fog cannons and misting', labelZh: '雾炮抑尘' },
      { id: 'dust-suppression.road', label: 'Road sweeping and washing', labelZh: '道路清扫' },
    ],
  },
  {
    id: 'indoor-air',
    label: 'Indoor air',
    categories: [
      { id: 'indoor-air.purifiers', label: 'Air purifiers', labelZh: '空气净化器' },
      { id: 'indoor-air.ventilation', label: 'Fresh-air ventilation', labelZh: '新风系统' },
    ],
  },
];
