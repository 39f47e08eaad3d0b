/** What a listing does to a pollutant: measure it, remove it from a flue or the air, avoid emitting it, or manage it. */
export const LISTING_INTENTS = ['measures', 'removes', 'avoids', 'manages'] as const;
export type ListingIntent = (typeof LISTING_INTENTS)[number];

/** What a need wants done about its pollutants. */
export const NEED_WANTS = ['measure', 'cut', 'both'] as const;
export type NeedWants = (typeof NEED_WANTS)[number];

/** How a listing's stated capital cost is counted; per km² and per resident price city-area programmes. */
export const COST_BASES = [
  'per-unit',
  'per-installation',
  'per-project',
  'per-year',
  'per-km2',
  'per-resident',
] as const;
export type CostBasis = (typeof COST_BASES)[number];

/** What a need counts when it gives its scale (`unitCount` of these). */
export const UNIT_KINDS = [
  'kilns',
  'boilers',
  'stacks',
  'buses',
  'vehicles',
  'generators',
  'households',
  'sites',
  'villages',
  'stations',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** The verb a reason uses for each intent ("Measures PM2.5"). */
export const INTENT_VERBS: Readonly<Record<ListingIntent, string>> = {
  measures: 'Measures',
  removes: 'Removes',
  avoids: 'Avoids',
  manages: 'Manages',
};

/** The intents that serve what a need wants: measuring needs measurement, cutting needs anything else. */
export function intentServes(intent: ListingIntent, wants: NeedWants): boolean {
  if (wants === 'both') return true;
  return wants === 'measure' ? intent === 'measures' : intent !== 'measures';
}

/**
 * The intent a category implies when a vendor states none: monitoring and forecasting measure, end-of-pipe
 * control, dust suppression and indoor purifiers remove, cleaner fuels, vehicles, kilns and residue use avoid.
 * Planning and enforcement tools (manages) have no category of their own yet and are stated by the vendor.
 */
const INTENT_BY_CATEGORY_GROUP: Readonly<Record<string, ListingIntent>> = {
  monitoring: 'measures',
  'end-of-pipe': 'removes',
  'dust-suppression': 'removes',
  'indoor-air': 'removes',
  'clean-fuels': 'avoids',
  'e-mobility': 'avoids',
  'kiln-conversion': 'avoids',
  'crop-residue': 'avoids',
};

export function intentOfCategory(categoryId: string): ListingIntent {
  return INTENT_BY_CATEGORY_GROUP[categoryId.split('.')[0]] ?? 'removes';
}

/** Word-start prefixes; migration MatchingIntent1765400000000 reads existing needs with the same lists. */
const MEASURE_WORDS =
  /\b(monitor|measur|sensor|station|cems|forecast|inventor|survey|remote sensing|mapping)/i;
const CUT_WORDS =
  /\b(cut|reduc|control|remov|abat|retrofit|filter|scrubb|conver|replac|alternative|suppress|switch|electric|cookstove|precipitator)/i;

/** A need's wish read from its words when the agency does not state it: cutting unless it only asks to measure. */
export function wantsFromText(title: string, description: string): NeedWants {
  const text = `${title} ${description}`;
  const measure = MEASURE_WORDS.test(text);
  const cut = CUT_WORDS.test(text);
  if (measure && cut) return 'both';
  return measure ? 'measure' : 'cut';
}
