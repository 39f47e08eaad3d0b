import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type {
  ContractFigures,
  CountByKey,
  DeploymentsByKey,
  ImpactView,
  ReductionFigures,
  StageFigures,
} from '../dto/impact.views';
import { PIPELINE_STAGES } from '../pipeline/project-stages';

const STAGE_ORDER = `array[${PIPELINE_STAGES.map((s) => `'${s}'`).join(', ')}]`;

/** How many projects got exactly this far (furthest confirmed pipeline stage, 1-based); summed up in code. */
const REACH_SQL = `
  SELECT reached, count(*)::int AS projects
    FROM (SELECT max(array_position(${STAGE_ORDER}, to_stage)) AS reached
            FROM project_move WHERE status = 'confirmed' GROUP BY project_id) AS furthest
   WHERE reached IS NOT NULL
   GROUP BY reached`;

/** Median days from entering a stage to the project's next confirmed move (by the days the moves name). */
const STAYS_SQL = `
  SELECT to_stage AS stage,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY greatest(left_on - occurred_on, 0))::float AS median_days
    FROM (SELECT to_stage, occurred_on,
                 lead(occurred_on) OVER (PARTITION BY project_id ORDER BY confirmed_at, occurred_on) AS left_on
            FROM project_move WHERE status = 'confirmed') AS moves
   WHERE left_on IS NOT NULL
   GROUP BY to_stage`;

const COUNTS_SQL = `
  SELECT (SELECT count(*) FROM match WHERE introduced_at IS NOT NULL)::int AS introductions,
         (SELECT count(*) FROM project)::int AS connections`;

const OPEN_NEEDS_SQL = `SELECT country AS key, count(*)::int AS count FROM need WHERE status = 'open' GROUP BY country ORDER BY 2 DESC, 1`;
const CURRENT_STAGES_SQL = `SELECT stage AS key, count(*)::int AS count FROM project GROUP BY stage ORDER BY 2 DESC, 1`;
const END_REASONS_SQL = `SELECT end_reason AS key, count(*)::int AS count FROM project WHERE stage = 'ended' GROUP BY end_reason ORDER BY 2 DESC, 1`;

const CONTRACTS_SQL = `
  SELECT contract_financing AS financing, count(*)::int AS count, sum(contract_value_usd)::float AS value_usd
    FROM project WHERE contract_value_usd IS NOT NULL GROUP BY contract_financing ORDER BY 3 DESC, 1`;

const DEPLOYMENTS_SQL = `
  WITH d AS (
    SELECT d.id, d.country, d.units, n.sectors, t.category
      FROM project_deployment d
      JOIN project p ON p.id = d.project_id
      LEFT JOIN need n ON n.id = p.need_id
      LEFT JOIN technology t ON t.id = p.technology_id)
  SELECT 'country' AS dimension, country AS key, count(*)::int AS deployments, sum(units)::int AS units FROM d GROUP BY country
  UNION ALL
  SELECT 'sector', sector, count(*)::int, sum(units)::int FROM d, unnest(d.sectors) AS sector GROUP BY sector
  UNION ALL
  SELECT 'category', category, count(*)::int, sum(units)::int FROM d WHERE category IS NOT NULL GROUP BY category
  ORDER BY 1, 3 DESC, 2`;

const REDUCTIONS_SQL = `
  SELECT pollutant, metric, unit, count(*)::int AS results, sum(reduction)::float AS total_reduction,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY reduction_percent)::float AS median_reduction_percent
    FROM project_result WHERE verified_at IS NOT NULL
   GROUP BY pollutant, metric, unit ORDER BY 1, 2, 3`;

/** Each section's statement, by name (the bench times them one by one). */
export const IMPACT_SECTIONS = {
  counts: COUNTS_SQL,
  reach: REACH_SQL,
  stays: STAYS_SQL,
  openNeeds: OPEN_NEEDS_SQL,
  currentStages: CURRENT_STAGES_SQL,
  endReasons: END_REASONS_SQL,
  contracts: CONTRACTS_SQL,
  deployments: DEPLOYMENTS_SQL,
  reductions: REDUCTIONS_SQL,
};

const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits;

/** The public impact figures: server-side aggregates, one statement per section. */
@Injectable()
export class ImpactQueries {
  constructor(private readonly dataSource: DataSource) {}

  async figures(): Promise<ImpactView> {
    const db = this.dataSource.manager;
    const [counts] = await db.query(COUNTS_SQL);
    const reach: { reached: number; projects: number }[] = await db.query(REACH_SQL);
    const stays: { stage: string; median_days: number }[] = await db.query(STAYS_SQL);
    const openNeedsByCountry: CountByKey[] = await db.query(OPEN_NEEDS_SQL);
    const currentStages: CountByKey[] = await db.query(CURRENT_STAGES_SQL);
    const endReasons: CountByKey[] = await db.query(END_REASONS_SQL);
    const contractRows: { financing: string; count: number; value_usd: number }[] =
      await db.query(CONTRACTS_SQL);
    const deploymentRows: (DeploymentsByKey & { dimension: string })[] = await db.query(DEPLOYMENTS_SQL);
    const reductionRows: {
      pollutant: string;
      metric: string;
      unit: string;
      results: number;
      total_reduction: number;
      median_reduction_percent: number;
    }[] = await db.query(REDUCTIONS_SQL);

    // A project that got to stage n reached every stage before it too.
    const reachedAt = PIPELINE_STAGES.map((_, i) =>
      reach.filter((row) => row.reached >= i + 1).reduce((sum, row) => sum + row.projects, 0),
    );
    const medianOf = new Map(stays.map((row) => [row.stage, row.median_days]));
    const stages: StageFigures[] = PIPELINE_STAGES.map((stage, i) => {
      const previous = i > 0 ? reachedAt[i - 1] : null;
      const median = medianOf.get(stage);
      return {
        stage,
        reached: reachedAt[i],
        conversion: previous ? round(reachedAt[i] / previous, 4) : null,
        medianDays: median === undefined ? null : round(median, 1),
      };
    });
    const contracts: ContractFigures = {
      count: contractRows.reduce((sum, row) => sum + row.count, 0),
      valueUsd: round(
        contractRows.reduce((sum, row) => sum + row.value_usd, 0),
        2,
      ),
      byFinancing: contractRows.map((row) => ({
        financing: row.financing,
        count: row.count,
        valueUsd: round(row.value_usd, 2),
      })),
    };
    const byDimension = (dimension: string): DeploymentsByKey[] =>
      deploymentRows
        .filter((row) => row.dimension === dimension)
        .map(({ key, deployments, units }) => ({ key, deployments, units }));
    const byCountry = byDimension('country');
    const reductions: ReductionFigures[] = reductionRows.map((row) => ({
      pollutant: row.pollutant,
      metric: row.metric,
      unit: row.unit,
      results: row.results,
      totalReduction: round(row.total_reduction, 4),
      medianReductionPercent: round(row.median_reduction_percent, 2),
    }));
    return {
      generatedAt: new Date(),
      introductions: counts.introductions,
      connections: counts.connections,
      openNeedsByCountry,
      stages,
      currentStages,
      endReasons,
      contracts,
      deployments: {
        count: byCountry.reduce((sum, row) => sum + row.deployments, 0),
        units: byCountry.reduce((sum, row) => sum + row.units, 0),
        byCountry,
        bySector: byDimension('sector'),
        byCategory: byDimension('category'),
      },
      reductions,
    };
  }
}
