export interface DealType {
  id: string;
  label: string;
}

export const DEAL_TYPES: readonly DealType[] = [
  { id: 'sale', label: 'Sale' },
  { id: 'licence', label: 'Licence' },
  { id: 'joint-venture', label: 'Joint venture' },
  { id: 'distribution', label: 'Distribution' },
  { id: 'pilot', label: 'Pilot project' },
];
