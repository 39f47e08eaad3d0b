import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { TrackRecordView } from '../dto/track-record.views';

const SHOWN = 50;

interface Row {
  technology_id: string;
  technology_title: string;
  country: string;
  city: string;
  site: string;
  units: number;
  deployed_on: string;
  results: {
    pollutant: string;
    metric: string;
    unit: string;
    baseline_value: number;
    after_value: number;
    reduction_percent: number;
    period_end: string;
  }[];
}

/** A vendor's deployments made through the platform, with their verified results, for its public profile. */
@Injectable()
export class TrackRecords {
  constructor(private readonly dataSource: DataSource) {}

  async of(organizationId: string): Promise<TrackRecordView> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT d.id, t.id AS technology_id, t.title AS technology_title, d.country, d.city, d.site, d.units,
              to_char(d.deployed_on, 'YYYY-MM-DD') AS deployed_on,
              coalesce((SELECT jsonb_agg(jsonb_build_object(
                         'pollutant', r.pollutant, 'metric', r.metric, 'unit', r.unit,
                         'baseline_value', r.baseline_value, 'after_value', r.after_value,
                         'reduction_percent', r.reduction_percent,
                         'period_end', to_char(r.period_end, 'YYYY-MM-DD')) ORDER BY r.period_end)
                          FROM project_result r WHERE r.deployment_id = d.id AND r.verified_at IS NOT NULL),
                       '[]'::jsonb) AS results
         FROM project_deployment d
         JOIN project p ON p.id = d.project_id
         JOIN technology t ON t.id = p.technology_id
        WHERE p.vendor_organization_id = $1
        ORDER BY d.deployed_on DESC, d.id
        LIMIT ${SHOWN}`,
      [organizationId],
    );
    const [totals]: { deployments: number; units: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS deployments, coalesce(sum(d.units), 0)::int AS units
         FROM project_deployment d JOIN project p ON p.id = d.project_id WHERE p.vendor_organization_id = $1`,
      [organizationId],
    );
    return {
      organizationId,
      deployments: totals.deployments,
      units: totals.units,
      items: rows.map((row) => ({
        technologyId: row.technology_id,
        technologyTitle: row.technology_title,
        country: row.country,
        city: row.city,
        site: row.site,
        units: row.units,
        deployedOn: row.deployed_on,
        verifiedResults: row.results.map((r) => ({
          pollutant: r.pollutant,
          metric: r.metric,
          unit: r.unit,
          baselineValue: Number(r.baseline_value),
          afterValue: Number(r.after_value),
          reductionPercent: Number(r.reduction_percent),
          periodEnd: r.period_end,
        })),
      })),
    };
  }
}
