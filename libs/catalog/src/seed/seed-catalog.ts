import { GAS_CONTROL } from './seed-gas-control';
import { HOUSEHOLDS_MOBILITY } from './seed-households-mobility';
import { INDUSTRIAL_EXTRAS } from './seed-industrial-extras';
import { KILNS_RESIDUE_DUST } from './seed-kilns-residue-dust';
import { MONITORING } from './seed-monitoring';
import { PARTICULATE_CONTROL } from './seed-particulate-control';
import type { SeedTechnology } from './seed-technology';

/** Every demo listing, across the whole taxonomy. */
export const SEED_TECHNOLOGIES: readonly SeedTechnology[] = [
  ...PARTICULATE_CONTROL,
  ...GAS_CONTROL,
  ...MONITORING,
  ...KILNS_RESIDUE_DUST,
  ...HOUSEHOLDS_MOBILITY,
  ...INDUSTRIAL_EXTRAS,
];
