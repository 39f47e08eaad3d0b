import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { needs } from '../../api/endpoints';
import type { NeedStatus } from '../../api/types';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  StatusBadge,
  usePageTitle,
} from '../../components/common';
import { NeedTitleLink } from '../../components/NeedTitleLink';
import { formatDate } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

const STATUSES: NeedStatus[] = ['draft', 'open', 'closed'];
const PER_PAGE = 20;

export function MyNeedsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  usePageTitle(t('myNeeds.title'));
  const list = useQuery({
    queryKey: ['my-needs', status, page],
    queryFn: () => needs.list({ status, page, limit: PER_PAGE }),
  });
  return (
    <>
      <PageHeader
        title={t('myNeeds.title')}
        lead={t('myNeeds.lead')}
        actions={
          <Link className="button" to="/agency/needs/new">
            {t('myNeeds.new')}
          </Link>
        }
      />
      <nav className="tabs" aria-label={t('myNeeds.byStatus')}>
        <ul>
          <li>
            <Link to="/agency/needs" aria-current={status === undefined ? 'page' : undefined}>
              {t('common.all')}
            </Link>
          </li>
          {STATUSES.map((s) => (
            <li key={s}>
              <Link to={`/agency/needs?status=${s}`} aria-current={status === s ? 'page' : undefined}>
                {t(`status.need.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('myNeeds.none')}</EmptyState> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('needEditor.title')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('need.location')}</th>
                <th scope="col">{t('need.deadline')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((need) => (
                <tr key={need.id}>
                  <td>
                    <NeedTitleLink need={need} to={`/agency/needs/${need.id}`} />
                  </td>
                  <td>
                    <StatusBadge status={need.status} group="need" />
                  </td>
                  <td>
                    {need.city}, {labels.country(need.country)}
                  </td>
                  <td>{formatDate(need.deadline, language)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
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
