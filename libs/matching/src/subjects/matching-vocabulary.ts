import { TECHNOLOGY_SYNONYM_GROUPS } from '@3ipet/catalog';
import { buildVocabulary } from '../scoring/text-terms';

/** Spellings agencies and vendors use for the same thing, beyond the search index's synonyms. */
const MATCHING_SYNONYM_GROUPS: string[][] = [
  ['zigzag', 'zig zag', 'zig-zag'],
  ['fcbtk', 'fixed chimney bull trench kiln', 'fixed-chimney bull’s trench kiln', 'bull trench kiln'],
  ['dg set', 'diesel generator', 'diesel genset', 'genset'],
  ['pm2.5', 'pm 2.5', 'fine particulate matter', 'fine particles'],
  ['pm10', 'pm 10', 'coarse particulate matter'],
  ['black carbon', 'soot'],
  ['nox', 'nitrogen oxides', 'no2'],
  ['so2', 'sulphur dioxide', 'sulfur dioxide'],
  ['vocs', 'voc', 'volatile organic compounds'],
  ['stubble', 'crop residue', 'paddy straw', 'straw'],
  ['cookstove', 'cook stove', 'cooking stove'],
  ['e-bus', 'electric bus', 'battery-electric bus'],
  ['sensor', 'low-cost sensor', 'low cost sensor'],
];

/**
 * Words that appear in almost every need and listing and so say nothing about the fit. Pollutant names are
 * among them: the pollutant component already weighs them, text agreement is about the kind of technology.
 */
const STOPWORDS = [
  'pm pm2.5 pm10 particulate matter particles black carbon nox so2 co vocs nh3 ch4 o3 no hc',
  'a an and are as at be by for from has have in into is it its of on or our the their this to we with',
  'will can that which who what per than more most less such these those there been were was over under',
  'need needs looking seek seeking want require required requirement solution solutions technology technologies',
  'system systems air pollution polluting pollutant pollutants quality emission emissions reduce reducing reduction',
  'control controlling improve improved cut cutting new current existing project programme program city cities',
  'district municipality valley government agency local support help high low use using used based about',
  'still way old every day add keep find before after next since up main large small two three year years',
  'within without week month proven also only all any each other them they than then most must should may',
];

/** One vocabulary for both sides of every pair. */
export const MATCHING_VOCABULARY = buildVocabulary(
  [...TECHNOLOGY_SYNONYM_GROUPS, ...MATCHING_SYNONYM_GROUPS],
  STOPWORDS,
);
