import { measurementProblems, reductionOf } from './result-rules';

const sound = {
  metric: 'stack-concentration' as const,
  baselineValue: 250,
  baselineUnit: 'mg/Nm3',
  afterValue: 40,
  afterUnit: 'mg/Nm3',
  periodStart: '2026-01-01',
  periodEnd: '2026-03-31',
};

describe('measured result rules', () => {
  it('accepts a sound pair and computes the reduction', () => {
    expect(measurementProblems(sound)).toEqual([]);
    expect(reductionOf(250, 40)).toEqual({ reduction: 210, reductionPercent: 84 });
    expect(reductionOf(3, 1)).toEqual({ reduction: 2, reductionPercent: 66.67 });
  });

  it('refuses a baseline of 0, naming baselineValue', () => {
    expect(measurementProblems({ ...sound, baselineValue: 0 })).toEqual([
      expect.objectContaining({ field: 'baselineValue', rule: 'positive' }),
    ]);
  });

  it('refuses mismatched units, naming afterUnit, and units foreign to the metric, naming baselineUnit', () => {
    expect(measurementProblems({ ...sound, afterUnit: 'µg/m3' })).toEqual([
      expect.objectContaining({ field: 'afterUnit', rule: 'sameUnit' }),
    ]);
    expect(measurementProblems({ ...sound, baselineUnit: 't/yr', afterUnit: 't/yr' })).toEqual([
      expect.objectContaining({ field: 'baselineUnit', rule: 'unitOfMetric' }),
    ]);
    expect(measurementProblems({ ...sound, metric: 'other', baselineUnit: 'ppm', afterUnit: 'ppm' })).toEqual(
      [],
    );
  });

  it('refuses a period that ends before it starts', () => {
    expect(measurementProblems({ ...sound, periodEnd: '2025-12-31' })).toEqual([
      expect.objectContaining({ field: 'periodEnd' }),
    ]);
  });
});
