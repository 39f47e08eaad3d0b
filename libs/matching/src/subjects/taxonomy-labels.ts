import { TAXONOMY, countryName } from '@3ipet/catalog';
import type { ScoringLabels } from '../scoring/profiles';

const POLLUTANT_LABELS = new Map(TAXONOMY.pollutants.map((pollutant) => [pollutant.id, pollutant.label]));
const SECTOR_LABELS = new Map(
  TAXONOMY.sectors.flatMap((sector) => [
    [sector.id, sector.label] as const,
    ...sector.subSectors.map((sub) => [sub.id, sub.label] as const),
  ]),
);

/** The words the score's sentences use: the catalog taxonomy's English labels. */
export const TAXONOMY_LABELS: ScoringLabels = {
  pollutant: (id) => POLLUTANT_LABELS.get(id) ?? id,
  sector: (id) => SECTOR_LABELS.get(id) ?? id,
  country: (code) => countryName(code) ?? code,
};
