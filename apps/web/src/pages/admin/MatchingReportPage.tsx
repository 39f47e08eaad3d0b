import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { matchingReport } from '../../api/endpoints';
import type { MatchingReportView } from '../../api/types';
import { BarChart } from '../../components/charts';
import { ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { useUiLanguage } from '../../taxonomy/labels';

/** How curators decided on the score: approval rate by band, rejection reasons by weakest component. */
export function MatchingReportPage() {
  const { t } = useTranslation();
  usePageTitle(t('matchingReport.title'));
  const report = useQuery({ queryKey: ['matching-report'], queryFn: matchingReport.get });
  return (
    <>
      <PageHeader
        title={t('matchingReport.title')}
        lead={t('matchingReport.lead')}
        actions={
          <Link className="button button--secondary" to="/admin/matches">
            {t('curation.title')}
          </Link>
        }
      />
      {report.isPending ? <Loading /> : null}
      {report.isError ? <ErrorMessage error={report.error} /> : null}
      {report.data ? <ReportBody report={report.data} /> : null}
    </>
  );
}

function ReportBody({ report }: { report: MatchingReportView }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const percent = (rate: number | null) =>
    rate === null
      ? t('matchingReport.noDecisions')
      : new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(rate);
  const bandLabel = (band: { from: number; to: number }) => `${band.from}–${band.to}`;
  const reasonLabel = (reason: string) => t(`rejection.reasons.${reason}`);
  return (
    <>
      <p role="status">{t('matchingReport.decided', { count: report.decided })}</p>
      <div className="chart-grid">
        <BarChart
          title={t('matchingReport.bands')}
          unit="%"
          data={report.bands.flatMap((band) =>
            // A band nobody decided on has no rate: left out of the chart, shown as “—” in the table.
            band.approvalRate === null
              ? []
              : [{ label: bandLabel(band), value: Math.round(band.approvalRate * 100) }],
          )}
        />
        <BarChart
          title={t('matchingReport.reasonTotals')}
          data={report.reasons.map((r) => ({ label: reasonLabel(r.reason), value: r.count }))}
        />
      </div>
      <section aria-labelledby="report-bands">
        <h2 id="report-bands">{t('matchingReport.bands')}</h2>
        <div className="table-scroll">
          <table className="data-table" aria-labelledby="report-bands">
            <thead>
              <tr>
                <th scope="col">{t('matchingReport.band')}</th>
                <th scope="col">{t('matchingReport.approved')}</th>
                <th scope="col">{t('matchingReport.rejected')}</th>
                <th scope="col">{t('matchingReport.rate')}</th>
              </tr>
            </thead>
            <tbody>
              {report.bands.map((band) => (
                <tr key={band.from}>
                  <th scope="row">{bandLabel(band)}</th>
                  <td>{band.approved}</td>
                  <td>{band.rejected}</td>
                  <td>{percent(band.approvalRate)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="report-components">
        <h2 id="report-components">{t('matchingReport.byComponent')}</h2>
        <div className="table-scroll">
          <table className="data-table" aria-labelledby="report-components">
            <thead>
              <tr>
                <th scope="col">{t('matchingReport.component')}</th>
                <th scope="col">{t('matchingReport.rejected')}</th>
                <th scope="col">{t('matchingReport.reasons')}</th>
              </tr>
            </thead>
            <tbody>
              {report.components.map((row) => (
                <tr key={row.component}>
                  <th scope="row">{t(`match.components.${row.component}`)}</th>
                  <td>{row.rejected}</td>
                  <td>{row.reasons.map((r) => `${reasonLabel(r.reason)} (${r.count})`).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
