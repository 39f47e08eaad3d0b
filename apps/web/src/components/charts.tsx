import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface Datum {
  label: string;
  value: number;
}

/**
 * Horizontal bars in plain HTML and CSS (no chart library: it would cost more than the whole page). Text stays
 * at the page's size on a phone, where a scaled drawing would shrink it. The numbers are also in a table for
 * screen readers and copying.
 */
export function BarChart({ title, data, unit }: { title: string; data: Datum[]; unit?: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const max = Math.max(1, ...data.map((d) => d.value));
  return (
    <figure className="chart">
      <figcaption id={titleId}>{title}</figcaption>
      {data.length === 0 ? (
        <p className="empty">{t('common.noData')}</p>
      ) : (
        <div className="bar-chart" role="img" aria-labelledby={titleId}>
          {data.map((datum) => (
            <div key={datum.label} className="bar-row">
              <span className="bar-label" title={datum.label}>
                {datum.label}
              </span>
              <span className="bar-track">
                <span
                  className="bar-fill"
                  style={{ width: `${Math.max((datum.value / max) * 100, 0.5)}%` }}
                />
              </span>
              <span className="bar-value">
                {datum.value}
                {unit ?? ''}
              </span>
            </div>
          ))}
        </div>
      )}
      <DataTable data={data} />
    </figure>
  );
}

/** Stages that each keep part of the previous one, as narrowing bars with the share kept. */
export function FunnelChart({ title, stages }: { title: string; stages: Datum[] }) {
  const titleId = useId();
  const first = Math.max(1, stages[0]?.value ?? 1);
  return (
    <figure className="chart">
      <figcaption id={titleId}>{title}</figcaption>
      <div className="funnel-chart" role="img" aria-labelledby={titleId}>
        {stages.map((stage, index) => {
          const share = index === 0 ? '' : ` (${Math.round((stage.value / first) * 100)}%)`;
          return (
            <div key={stage.label} className="funnel-stage">
              <span
                className={`funnel-bar funnel-${index}`}
                style={{ width: `${Math.max((stage.value / first) * 100, 1)}%` }}
              />
              <span className="funnel-label">{`${stage.label}: ${stage.value}${share}`}</span>
            </div>
          );
        })}
      </div>
      <DataTable data={stages} />
    </figure>
  );
}

function DataTable({ data }: { data: Datum[] }) {
  const { t } = useTranslation();
  if (data.length === 0) return null;
  return (
    <details className="chart-data">
      <summary>{t('common.showData')}</summary>
      <div className="table-scroll">
        <table>
          <tbody>
            {data.map((datum) => (
              <tr key={datum.label}>
                <th scope="row">{datum.label}</th>
                <td>{datum.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
