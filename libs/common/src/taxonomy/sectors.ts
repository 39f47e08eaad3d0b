export interface SubSector {
  id: string;
  label: string;
}

export interface Sector {
  id: string;
  label: string;
  subSectors: readonly SubSector[];
}

/** Sub-sector ids are `<sector>.<sub>` so a filter on either level reads the same. */
export const SECTORS: readonly Sector[] = [
  { id: 'power', label: 'Power generation', subSectors: [] },
  {
    id: 'industry',
    label: 'Industry',
    subSectors: [
      { id: 'industry.brick-kilns', label: 'Brick kilns' },
      { id: 'industry.cement', label: 'Cement' },
      { id: 'industry.steel', label: 'Iron and steel' },
      { id: 'industry.other', label: 'Other industry' },
    ],
  },
  {
    id: 'transport',
    label: 'Transport',
    subSectors: [
      { id: 'transport.vehicles', label: 'On-road vehicles' },
      { id: 'transport.two-wheelers', label: 'Two- and three-wheelers' },
      { id: 'transport.diesel-generators', label: 'Diesel generators' },
    ],
  },
  { id: 'residential', label: 'Residential cooking and heating', subSectors: [] },
  { id: 'agriculture', label: 'Agricultural and crop-residue burning', subSectors: [] },
  { id: 'waste-burning', label: 'Open waste burning', subSectors: [] },
  { id: 'construction-dust', label: 'Construction and road dust', subSectors: [] },
  { id: 'forest-fires', label: 'Forest fires', subSectors: [] },
];
