import { escapeCsvFormula } from '@3ipet/common';
import type { ImpactView } from '../dto/impact.views';

type Row = [section: string, key: string, measure: string, value: number | string | null];

/** The impact figures as one long table: section, key, measure, value (spreadsheet-safe text). */
export function impactCsv(impact: ImpactView): string {
  const rows: Row[] = [
    ['totals', 'all', 'introductions', impact.introductions],
    ['totals', 'all', 'connections', impact.connections],
    ...impact.openNeedsByCountry.map((n): Row => ['open-needs-by-country', n.key, 'needs', n.count]),
    ...impact.stages.flatMap((s): Row[] => [
      ['stage', s.stage, 'reached', s.reached],
      ['stage', s.stage, 'conversion', s.conversion],
      ['stage', s.stage, 'medianDays', s.medianDays],
    ]),
    ...impact.currentStages.map((s): Row => ['current-stage', s.key, 'projects', s.count]),
    ...impact.endReasons.map((s): Row => ['end-reason', s.key, 'projects', s.count]),
    ['contracts', 'all', 'count', impact.contracts.count],
    ['contracts', 'all', 'valueUsd', impact.contracts.valueUsd],
    ...impact.contracts.byFinancing.flatMap((c): Row[] => [
      ['contracts-by-financing', c.financing, 'count', c.count],
      ['contracts-by-financing', c.financing, 'valueUsd', c.valueUsd],
    ]),
    ['deployments', 'all', 'count', impact.deployments.count],
    ['deployments', 'all', 'units', impact.deployments.units],
    ...(
      [
        ['deployments-by-country', impact.deployments.byCountry],
        ['deployments-by-sector', impact.deployments.bySector],
        ['deployments-by-category', impact.deployments.byCategory],
      ] as const
    ).flatMap(([section, list]) =>
      list.flatMap((d): Row[] => [
        [section, d.key, 'deployments', d.deployments],
        [section, d.key, 'units', d.units],
      ]),
    ),
    ...impact.reductions.flatMap((r): Row[] => {
      const key = `${r.pollutant} ${r.metric} (${r.unit})`;
      return [
        ['verified-reductions', key, 'results', r.results],
        ['verified-reductions', key, 'totalReduction', r.totalReduction],
        ['verified-reductions', key, 'medianReductionPercent', r.medianReductionPercent],
      ];
    }),
  ];
  const cell = (value: number | string | null) => {
    if (value === null) return '';
    if (typeof value === 'number') return String(value);
    const safe = escapeCsvFormula(value);
    return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return ['section,key,measure,value', ...rows.map((row) => row.map(cell).join(','))].join('\r\n') + '\r\n';
}
