import type { Need } from './need.entity';

/** A need's site and area as stored when the agency states none of them. */
export const EMPTY_SITE = {
  areaName: null,
  areaPopulation: null,
  areaKm2: null,
  fuels: [],
  gridPower: null,
  waterSupply: null,
  flowNm3h: null,
} satisfies Partial<Need>;
