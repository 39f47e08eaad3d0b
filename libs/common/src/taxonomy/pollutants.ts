export interface Pollutant {
  id: string;
  label: string;
  labelZh: string;
  description: string;
}

export const POLLUTANTS: readonly Pollutant[] = [
  {
    id: 'pm2.5',
    label: 'PM2.5',
    labelZh: '细颗粒物',
    description: 'Fine particulate matter, 2.5 µm and smaller',
  },
  {
    id: 'pm10',
    label: 'PM10',
    labelZh: '可吸入颗粒物',
    description: 'Coarse particulate matter, 10 µm and smaller',
  },
  {
    id: 'black-carbon',
    label: 'Black carbon',
    labelZh: '黑碳',
    description: 'Soot from incomplete combustion',
  },
  { id: 'nox', label: 'NOx', labelZh: '氮氧化物', description: 'Nitrogen oxides (NO and NO2)' },
  { id: 'so2', label: 'SO2', labelZh: '二氧化硫', description: 'Sulphur dioxide' },
  {
    id: 'o3',
    label: 'O3 and precursors',
    labelZh: '臭氧及前体物',
    description: 'Ground-level ozone and its precursors',
  },
  { id: 'vocs', label: 'VOCs', labelZh: '挥发性有机物', description: 'Volatile organic compounds' },
  { id: 'co', label: 'CO', labelZh: '一氧化碳', description: 'Carbon monoxide' },
  { id: 'nh3', label: 'NH3', labelZh: '氨', description: 'Ammonia' },
  {
    id: 'heavy-metals',
    label: 'Mercury and heavy metals',
    labelZh: '汞及重金属',
    description: 'Mercury, lead, cadmium and other toxic metals',
  },
  { id: 'ch4', label: 'CH4', labelZh: '甲烷', description: 'Methane, a short-lived climate pollutant' },
];
