import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { adminMatches, needs, organizations, technologies } from '../../api/endpoints';
import type { MatchStatus, NeedView } from '../../api/types';
import { BarChart, FunnelChart } from '../../components/charts';
import { ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { useLabels, useTaxonomy } from '../../taxonomy/labels';
import { countBy, matchFunnel, rollUp, topCounts } from './dashboard-data';

const MATCH_STATUSES: MatchStatus[] = [
  'proposed',
  'introduced',
  'connected',
  'declined',
  'rejected',
  'withdrawn',
];
const NEED_PAGES_AT_MOST = 20;

/** The platform's numbers, computed from the list endpoints (a facet query, totals, and the needs themselves). */
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
      const [submitted, unverified, openNeeds] = await Promise.all([
        technologies.list({ status: 'submitted', limit: 1 }),
        organizations.list({ verified: false, limit: 1 }),
        needs.list({ status: 'open', limit: 1 }),
      ]);
      return { submitted: submitted.total, unverified: unverified.total, openNeeds: openNeeds.total };
    },
  });
  const allNeeds = useQuery({ queryKey: ['dashboard', 'needs'], queryFn: loadAllNeeds });
  const funnel = useQuery({
    queryKey: ['dashboard', 'funnel'],
    queryFn: async () => {
      const pages = await Promise.all(
        MATCH_STATUSES.map((status) => adminMatches.list({ status, limit: 1 })),
      );
      return matchFunnel(Object.fromEntries(MATCH_STATUSES.map((status, i) => [status, pages[i].total])));
    },
  });

  const groupOf = (categoryId: string) =>
    taxonomy?.categoryGroups.find((g) => g.categories.some((c) => c.id === categoryId))?.id;
  const failed = [catalog, totals, allNeeds, funnel].find((query) => query.isError);

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
        <Kpi label={t('dashboard.openNeeds')} value={totals.data?.openNeeds} />
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
        {allNeeds.data ? (
          <BarChart
            title={t('dashboard.needsByCountry')}
            data={topCounts(
              countBy(allNeeds.data, (need) => need.country),
              labels.country,
              12,
            )}
          />
        ) : (
          <Loading />
        )}
        {funnel.data ? (
          <FunnelChart
            title={t('dashboard.funnel')}
            stages={[
              { label: t('status.match.proposed'), value: funnel.data.proposed },
              { label: t('status.match.introduced'), value: funnel.data.introduced },
              { label: t('status.match.connected'), value: funnel.data.connected },
            ]}
          />
        ) : (
          <Loading />
        )}
      </div>
      <p className="hint">{t('dashboard.note')}</p>
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

async function loadAllNeeds(): Promise<NeedView[]> {
  const first = await needs.list({ limit: 100, page: 1 });
  const pageCount = Math.min(NEED_PAGES_AT_MOST, Math.ceil(first.total / 100));
  const rest = await Promise.all(
    Array.from({ length: pageCount - 1 }, (_, i) => needs.list({ limit: 100, page: i + 2 })),
  );
  return [first, ...rest].flatMap((page) => page.items);
}
