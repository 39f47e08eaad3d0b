import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { partyMatches } from '../../api/endpoints';
import type { MatchStatus } from '../../api/types';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
} from '../../components/common';
import { IntroductionCard } from '../../components/IntroductionCard';

const STATUSES: MatchStatus[] = ['introduced', 'connected', 'declined'];
const PER_PAGE = 10;

export function IntroductionsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  usePageTitle(t('introductions.title'));
  const list = useQuery({
    queryKey: ['party-matches', status, page],
    queryFn: () => partyMatches.list({ status, page, limit: PER_PAGE }),
  });
  return (
    <>
      <PageHeader title={t('introductions.title')} lead={t('introductions.lead')} />
      <nav className="tabs" aria-label={t('introductions.byStatus')}>
        <ul>
          <li>
            <Link to="/introductions" aria-current={status === undefined ? 'page' : undefined}>
              {t('common.all')}
            </Link>
          </li>
          {STATUSES.map((s) => (
            <li key={s}>
              <Link to={`/introductions?status=${s}`} aria-current={status === s ? 'page' : undefined}>
                {t(`status.match.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('introductions.none')}</EmptyState> : null}
      <div className="card-list">
        {list.data?.items.map((match) => (
          <IntroductionCard key={match.id} match={match} />
        ))}
      </div>
      {list.data ? (
        <Pagination
          page={page}
          total={list.data.total}
          limit={PER_PAGE}
          onPage={(next) => setParams({ ...(status ? { status } : {}), page: String(next) })}
        />
      ) : null}
    </>
  );
}
