import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface Datum {
  label: string;
  value: number;
}

/**
 * Horizontal bars in plain SVG (no chart library: it would cost more than the whole page). The numbers are
 * also in a table for screen readers and copying.
 */
export function BarChart({ title, data, unit }: { title: string; data: Datum[]; unit?: string }) {
  const { t } = useTranslation();
  const titleId = useId();
  const max = Math.max(1, ...data.map((d) => d.value));
  const rowHeight = 26;
  const labelWidth = 190;
  const width = 560;
  const barSpace = width - labelWidth - 50;
  const height = Math.max(rowHeight, data.length * rowHeight);
  return (
    <figure className="chart">
      <figcaption id={titleId}>{title}</figcaption>
      {data.length === 0 ? (
        <p className="empty">{t('common.noData')}</p>
      ) : (
        <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId} className="chart-svg">
          {data.map((datum, index) => {
            const y = index * rowHeight;
            const barWidth = (datum.value / max) * barSpace;
            return (
              <g key={datum.label} transform={`translate(0 ${y})`}>
                <text
                  x={labelWidth - 8}
                  y={rowHeight / 2}
                  dominantBaseline="middle"
                  textAnchor="end"
                  className="chart-label"
                >
                  {truncate(datum.label, 28)}
                </text>
                <rect
                  x={labelWidth}
                  y={4}
                  width={Math.max(barWidth, 1)}
                  height={rowHeight - 8}
                  className="chart-bar"
                  rx="2"
                />
                <text
                  x={labelWidth + barWidth + 6}
                  y={rowHeight / 2}
                  dominantBaseline="middle"
                  className="chart-value"
                >
                  {datum.value}
                  {unit ?? ''}
                </text>
              </g>
            );
          })}
        </svg>
      )}
      <DataTable data={data} />
    </figure>
  );
}

/** Stages that each keep part of the previous one, as narrowing bars with the share kept. */
export function FunnelChart({ title, stages }: { title: string; stages: Datum[] }) {
  const titleId = useId();
  const width = 560;
  const stageHeight = 46;
  const first = Math.max(1, stages[0]?.value ?? 1);
  return (
    <figure className="chart">
      <figcaption id={titleId}>{title}</figcaption>
      <svg
        viewBox={`0 0 ${width} ${stages.length * stageHeight}`}
        role="img"
        aria-labelledby={titleId}
        className="chart-svg"
      >
        {stages.map((stage, index) => {
          const barWidth = Math.max(2, (stage.value / first) * (width - 20));
          const x = (width - barWidth) / 2;
          const share = index === 0 ? '' : ` (${Math.round((stage.value / first) * 100)}%)`;
          return (
            <g key={stage.label} transform={`translate(0 ${index * stageHeight})`}>
              <rect
                x={x}
                y={4}
                width={barWidth}
                height={stageHeight - 8}
                className={`chart-bar funnel-${index}`}
                rx="3"
              />
              <text
                x={width / 2}
                y={stageHeight / 2}
                dominantBaseline="middle"
                textAnchor="middle"
                className="chart-funnel-label"
              >
                {`${stage.label}: ${stage.value}${share}`}
              </text>
            </g>
          );
        })}
      </svg>
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
    </details>
  );
}

const truncate = (text: string, length: number) =>
  text.length > length ? `${text.slice(0, length - 1)}…` : text;
