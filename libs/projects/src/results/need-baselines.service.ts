import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { NotFoundProblem, ValidationProblem } from '@3ipet/common';
import { type AuthContext } from '@3ipet/identity';
import { NeedQueriesService } from '@3ipet/needs';
import type { BaselineInput, BaselineList, BaselineView } from '../dto/baseline.dto';
import { RESULT_METRICS } from './result-rules';

interface Row {
  id: string;
  pollutant: string;
  metric: string;
  unit: string;
  value: string;
  method: string;
  period_start: string;
  period_end: string;
  evidence_url: string;
  created_at: Date;
}

const COLUMNS = `id, pollutant, metric, unit, value, method, to_char(period_start, 'YYYY-MM-DD') AS period_start,
                 to_char(period_end, 'YYYY-MM-DD') AS period_end, evidence_url, created_at`;

/** A need's air quality before any match, so "before" is known when results come in. */
@Injectable()
export class NeedBaselinesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly needs: NeedQueriesService,
  ) {}

  /** Whoever may see the need sees its baseline evidence. */
  async list(actor: AuthContext, needId: string): Promise<BaselineList> {
    await this.needs.get(actor, needId);
    const rows: Row[] = await this.dataSource.query(
      `SELECT ${COLUMNS} FROM need_baseline WHERE need_id = $1 ORDER BY created_at, id`,
      [needId],
    );
    return { items: rows.map(toView) };
  }

  /** Members of the agency that posted the need add evidence to it. */
  async add(actor: AuthContext, needId: string, input: BaselineInput): Promise<BaselineView> {
    const need = await this.needs.get(actor, needId).catch(() => null);
    if (!need || need.organizationId !== actor.organizationId) throw new NotFoundProblem('Need');
    const units: readonly string[] = RESULT_METRICS[input.metric];
    const errors = [
      ...(units.length > 0 && !units.includes(input.unit)
        ? [
            {
              field: 'unit',
              rule: 'unitOfMetric',
              message: `unit must be one of ${units.join(', ')} for ${input.metric}`,
            },
          ]
        : []),
      ...(input.periodEnd < input.periodStart
        ? [
            {
              field: 'periodEnd',
              rule: 'notBeforeStart',
              message: 'periodEnd must not be before periodStart',
            },
          ]
        : []),
    ];
    if (errors.length > 0) throw new ValidationProblem(errors);
    const [row]: Row[] = await this.dataSource.query(
      `INSERT INTO need_baseline (need_id, pollutant, metric, unit, value, method, period_start, period_end,
                                  evidence_url, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING ${COLUMNS}`,
      [
        needId,
        input.pollutant,
        input.metric,
        input.unit,
        input.value,
        input.method.trim(),
        input.periodStart,
        input.periodEnd,
        input.evidenceUrl,
        actor.userId,
      ],
    );
    return toView(row);
  }
}

const toView = (row: Row): BaselineView => ({
  id: row.id,
  pollutant: row.pollutant,
  metric: row.metric,
  unit: row.unit,
  value: Number(row.value),
  method: row.method,
  periodStart: row.period_start,
  periodEnd: row.period_end,
  evidenceUrl: row.evidence_url,
  createdAt: row.created_at,
});
