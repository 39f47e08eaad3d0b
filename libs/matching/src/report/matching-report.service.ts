import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ComponentRejectionsView, MatchingReportView, ScoreBandView } from '../dto/matching-report.view';
import type { RejectionReason } from '../match/match-status';
import type { ComponentName } from '../scoring/weights';

/** Band lower bounds: below 40 is one band (rarely proposed), then every 10 points; 100 falls in 90-100. */
export const SCORE_BANDS = [0, 40, 50, 60, 70, 80, 90] as const;

const APPROVED = `('introduced', 'connected', 'declined')`;

/** The curators' decisions counted in SQL: approval rate by score band, rejection reasons by weakest component. */
@Injectable()
export class MatchingReportService {
  constructor(private readonly dataSource: DataSource) {}

  async report(): Promise<MatchingReportView> {
    const [bands, reasons, lowest] = await Promise.all([this.bands(), this.reasons(), this.lowest()]);
    return {
      decided: bands.reduce((sum, band) => sum + band.approved + band.rejected, 0),
      bands,
      reasons,
      components: groupByComponent(lowest),
    };
  }

  private async bands(): Promise<ScoreBandView[]> {
    const rows: { band: number; approved: number; rejected: number }[] = await this.dataSource.query(
      `SELECT CASE WHEN score < 40 THEN 0 ELSE LEAST(90, floor(score / 10) * 10) END::int AS band,
              count(*) FILTER (WHERE status IN ${APPROVED})::int AS approved,
              count(*) FILTER (WHERE status = 'rejected')::int AS rejected
         FROM match
        WHERE status IN ${APPROVED} OR status = 'rejected'
        GROUP BY 1`,
    );
    const byBand = new Map(rows.map((row) => [Number(row.band), row]));
    return SCORE_BANDS.map((from, index) => {
      const approved = Number(byBand.get(from)?.approved ?? 0);
      const rejected = Number(byBand.get(from)?.rejected ?? 0);
      return {
        from,
        to: SCORE_BANDS[index + 1] ?? 100,
        approved,
        rejected,
        approvalRate: approved + rejected > 0 ? approved / (approved + rejected) : null,
      };
    });
  }

  private async reasons() {
    const rows: { reason: RejectionReason; count: number }[] = await this.dataSource.query(
      `SELECT rejection_reason AS reason, count(*)::int AS count
         FROM match WHERE status = 'rejected'
        GROUP BY rejection_reason ORDER BY count DESC, reason`,
    );
    return rows.map((row) => ({ reason: row.reason, count: Number(row.count) }));
  }

  /** The weakest component of each rejected match: lowest value (share of its weight), ties by name. */
  private async lowest() {
    const rows: { component: ComponentName; reason: RejectionReason; count: number }[] =
      await this.dataSource.query(
        `WITH weakest AS (
           SELECT DISTINCT ON (m.id) m.id, m.rejection_reason AS reason, c->>'name' AS component
             FROM match m CROSS JOIN LATERAL jsonb_array_elements(m.components) AS c
            WHERE m.status = 'rejected'
            ORDER BY m.id, (c->>'value')::float8, c->>'name')
         SELECT component, reason, count(*)::int AS count
           FROM weakest GROUP BY component, reason
          ORDER BY component, count DESC, reason`,
      );
    return rows.map((row) => ({ ...row, count: Number(row.count) }));
  }
}

function groupByComponent(
  rows: { component: ComponentName; reason: RejectionReason; count: number }[],
): ComponentRejectionsView[] {
  const byComponent = new Map<ComponentName, ComponentRejectionsView>();
  for (const row of rows) {
    const entry = byComponent.get(row.component) ?? { component: row.component, rejected: 0, reasons: [] };
    entry.rejected += row.count;
    entry.reasons.push({ reason: row.reason, count: row.count });
    byComponent.set(row.component, entry);
  }
  return [...byComponent.values()].sort(
    (a, b) => b.rejected - a.rejected || a.component.localeCompare(b.component),
  );
}
