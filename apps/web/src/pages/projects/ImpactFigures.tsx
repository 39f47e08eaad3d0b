import { useTranslation } from 'react-i18next';
import type { ImpactView } from '../../api/project-endpoints';
import { BarChart } from '../../components/charts';
import { formatNumber, formatUsd } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

/** The impact figures as the API computed them: totals, the stage table, deployments and verified reductions. */
export function ImpactFigures({ impact }: { impact: ImpactView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const percent = (value: number | null) =>
    value === null ? '—' : `${formatNumber(Math.round(value * 1000) / 10, language)} %`;
  return (
    <>
      <ul className="kpis">
        <Kpi label={t('impact.introductions')} value={formatNumber(impact.introductions, language)} />
        <Kpi label={t('impact.connections')} value={formatNumber(impact.connections, language)} />
        <Kpi label={t('impact.contracts')} value={formatNumber(impact.contracts.count, language)} />
        <Kpi label={t('impact.contractValue')} value={formatUsd(impact.contracts.valueUsd, language)} />
        <Kpi label={t('impact.deployments')} value={formatNumber(impact.deployments.count, language)} />
        <Kpi label={t('impact.units')} value={formatNumber(impact.deployments.units, language)} />
      </ul>
      <section>
        <h2>{t('impact.stages')}</h2>
        <div className="table-scroll">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('impact.stage')}</th>
                <th scope="col">{t('impact.reached')}</th>
                <th scope="col">{t('impact.conversion')}</th>
                <th scope="col">{t('impact.medianDays')}</th>
              </tr>
            </thead>
            <tbody>
              {impact.stages.map((s) => (
                <tr key={s.stage}>
                  <th scope="row">{t(`stage.${s.stage}`)}</th>
                  <td>{formatNumber(s.reached, language)}</td>
                  <td>{percent(s.conversion)}</td>
                  <td>{s.medianDays === null ? '—' : formatNumber(s.medianDays, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <div className="chart-grid">
        <BarChart
          title={t('impact.byCountry')}
          data={impact.deployments.byCountry.map((d) => ({
            label: labels.country(d.key),
            value: d.deployments,
          }))}
        />
        <BarChart
          title={t('impact.byCategory')}
          data={impact.deployments.byCategory.map((d) => ({
            label: labels.category(d.key),
            value: d.deployments,
          }))}
        />
        <BarChart
          title={t('impact.bySector')}
          data={impact.deployments.bySector.map((d) => ({
            label: labels.sector(d.key),
            value: d.deployments,
          }))}
        />
      </div>
      <section>
        <h2>{t('impact.reductions')}</h2>
        {impact.reductions.length === 0 ? (
          <p>{t('impact.noReductions')}</p>
        ) : (
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('impact.pollutant')}</th>
                  <th scope="col">{t('impact.metric')}</th>
                  <th scope="col">{t('impact.results')}</th>
                  <th scope="col">{t('impact.totalReduction')}</th>
                  <th scope="col">{t('impact.medianPercent')}</th>
                </tr>
              </thead>
              <tbody>
                {impact.reductions.map((r) => (
                  <tr key={`${r.pollutant}-${r.metric}-${r.unit}`}>
                    <th scope="row">{labels.pollutant(r.pollutant)}</th>
                    <td>{t(`results.metrics.${r.metric}`)}</td>
                    <td>{formatNumber(r.results, language)}</td>
                    <td>
                      {formatNumber(r.totalReduction, language)} {r.unit}
                    </td>
                    <td>{formatNumber(r.medianReductionPercent, language)} %</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

function Kpi({ label, value }: { label: string; value: string }) {
  return (
    <li className="card kpi">
      <span className="kpi-value">{value}</span>
      <span className="kpi-label">{label}</span>
    </li>
  );
}
