import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organizations, technologies } from '../../api/endpoints';
import { impact, projects } from '../../api/project-endpoints';
import { BarChart, FunnelChart } from '../../components/charts';
import { ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { useLabels, useTaxonomy } from '../../taxonomy/labels';
import { rollUp, topCounts, totalOf } from './dashboard-data';

/** The platform's numbers: catalogue facets, list totals, and the impact aggregates the API computes. */
export function DashboardPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  usePageTitle(t('dashboard.title'));

  const catalog = useQuery({
    queryKey: ['dashboard', 'catalog'],
    queryFn: () => technologies.search({ limit: 1 }),
  });
  const totals = useQuery({
    queryKey: ['dashboard', 'totals'],
    queryFn: async () => {
      const [submitted, unverified, stalled] = await Promise.all([
        technologies.list({ status: 'submitted', limit: 1 }),
        organizations.list({ verificationStatus: 'pending', limit: 1 }),
        projects.list({ stalled: true, limit: 1 }),
      ]);
      return { submitted: submitted.total, unverified: unverified.total, stalled: stalled.total };
    },
  });
  const figures = useQuery({ queryKey: ['impact'], queryFn: impact.get });
  // The KPI and the chart count the same needs from the same answer, so they always agree.
  const openNeeds = figures.data ? totalOf(figures.data.openNeedsByCountry) : undefined;
  const reached = (stage: string) => figures.data?.stages.find((s) => s.stage === stage)?.reached ?? 0;

  const groupOf = (categoryId: string) =>
    taxonomy?.categoryGroups.find((g) => g.categories.some((c) => c.id === categoryId))?.id;
  const failed = [catalog, totals, figures].find((query) => query.isError);

  return (
    <>
      <PageHeader title={t('dashboard.title')} lead={t('dashboard.lead')} />
      {failed ? <ErrorMessage error={failed.error} /> : null}
      <ul className="kpis">
        <Kpi label={t('dashboard.published')} value={catalog.data?.total} />
        <Kpi label={t('dashboard.awaitingReview')} value={totals.data?.submitted} to="/admin/review" />
        <Kpi
          label={t('dashboard.awaitingVerification')}
          value={totals.data?.unverified}
          to="/admin/organizations"
        />
        <Kpi label={t('dashboard.openNeeds')} value={openNeeds} />
        <Kpi
          label={t('dashboard.stalledProjects')}
          value={totals.data?.stalled}
          to="/projects?stalled=true"
        />
      </ul>
      <div className="chart-grid">
        {catalog.data ? (
          <>
            <BarChart
              title={t('dashboard.listingsByCategory')}
              data={topCounts(rollUp(catalog.data.facets.category ?? {}, groupOf), labels.categoryGroup, 10)}
            />
            <BarChart
              title={t('dashboard.listingsByCountry')}
              data={topCounts(catalog.data.facets.countries ?? {}, labels.country, 12)}
            />
          </>
        ) : (
          <Loading />
        )}
        {figures.data ? (
          <>
            <BarChart
              title={t('dashboard.needsByCountry')}
              data={topCounts(
                Object.fromEntries(figures.data.openNeedsByCountry.map((n) => [n.key, n.count])),
                labels.country,
                12,
              )}
            />
            <FunnelChart
              title={t('dashboard.funnel')}
              stages={[
                { label: t('impact.introductions'), value: figures.data.introductions },
                { label: t('impact.connections'), value: figures.data.connections },
                { label: t('stage.contract-signed'), value: reached('contract-signed') },
                { label: t('stage.deployed'), value: reached('deployed') },
                { label: t('stage.results-measured'), value: reached('results-measured') },
              ]}
            />
          </>
        ) : (
          <Loading />
        )}
      </div>
      <p className="hint">
        {t('dashboard.note')} <Link to="/impact">{t('nav.impact')}</Link>
      </p>
    </>
  );
}

function Kpi({ label, value, to }: { label: string; value: number | undefined; to?: string }) {
  const content = (
    <>
      <span className="kpi-value">{value ?? '…'}</span>
      <span className="kpi-label">{label}</span>
    </>
  );
  return <li className="card kpi">{to ? <Link to={to}>{content}</Link> : content}</li>;
}
