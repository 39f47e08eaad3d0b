import type { FieldError } from '@3ipet/common';

/** What was measured, and the units each kind of measure is reported in. `other` takes any unit. */
export const RESULT_METRICS = {
  'stack-concentration': ['mg/Nm3'],
  'ambient-concentration': ['µg/m3'],
  'annual-emission': ['t/yr', 'kg/yr'],
  'emission-factor': ['g/kg', 'kg/t'],
  other: [],
} as const satisfies Record<string, readonly string[]>;
export type ResultMetric = keyof typeof RESULT_METRICS;
export const RESULT_METRIC_LIST = Object.keys(RESULT_METRICS) as ResultMetric[];

export interface MeasuredPair {
  metric: ResultMetric;
  baselineValue: number;
  baselineUnit: string;
  afterValue: number;
  afterUnit: string;
  periodStart: string;
  periodEnd: string;
}

/**
 * Why a before/after pair cannot give a reduction: the units differ (no conversion is guessed), a baseline of
 * 0 (a percentage of nothing), or a unit that is not the metric's. Empty when the pair is sound.
 */
export function measurementProblems(pair: MeasuredPair): FieldError[] {
  const errors: FieldError[] = [];
  if (!(pair.baselineValue > 0)) {
    errors.push({
      field: 'baselineValue',
      rule: 'positive',
      message: 'baselineValue must be above 0: a reduction from a baseline of 0 cannot be computed',
    });
  }
  const units: readonly string[] = RESULT_METRICS[pair.metric];
  if (units.length > 0 && !units.includes(pair.baselineUnit)) {
    errors.push({
      field: 'baselineUnit',
      rule: 'unitOfMetric',
      message: `baselineUnit must be one of ${units.join(', ')} for ${pair.metric}`,
    });
  }
  if (pair.afterUnit !== pair.baselineUnit) {
    errors.push({
      field: 'afterUnit',
      rule: 'sameUnit',
      message: `afterUnit (${pair.afterUnit}) must be the baseline's unit (${pair.baselineUnit}) so the reduction can be computed`,
    });
  }
  if (pair.periodEnd < pair.periodStart) {
    errors.push({
      field: 'periodEnd',
      rule: 'notBeforeStart',
      message: 'periodEnd must not be before periodStart',
    });
  }
  return errors;
}

/** The reduction, as the database computes it too (generated columns): absolute, and percent of the baseline. */
export function reductionOf(
  baseline: number,
  after: number,
): { reduction: number; reductionPercent: number } {
  return {
    reduction: baseline - after,
    reductionPercent: Math.round(((baseline - after) * 10000) / baseline) / 100,
  };
}
