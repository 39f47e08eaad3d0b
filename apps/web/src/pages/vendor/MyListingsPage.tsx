import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { technologies } from '../../api/endpoints';
import type { TechnologyStatus, TechnologyView } from '../../api/types';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  StatusBadge,
  usePageTitle,
} from '../../components/common';
import { formatDate } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

const STATUSES: TechnologyStatus[] = [
  'draft',
  'changes_requested',
  'submitted',
  'published',
  'expired',
  'archived',
];
const PER_PAGE = 20;

export function MyListingsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status'));
  const page = Math.max(1, Number(params.get('page')) || 1);
  usePageTitle(t('myListings.title'));
  const list = useQuery({
    queryKey: ['my-listings', status, page],
    queryFn: () => technologies.list({ mine: true, status, page, limit: PER_PAGE }),
  });
  return (
    <>
      <PageHeader
        title={t('myListings.title')}
        lead={t('myListings.lead')}
        actions={
          <Link className="button" to="/vendor/listings/new">
            {t('myListings.new')}
          </Link>
        }
      />
      <nav className="tabs" aria-label={t('myListings.byStatus')}>
        <ul>
          <li>
            <Link to="/vendor/listings" aria-current={status === undefined ? 'page' : undefined}>
              {t('common.all')}
            </Link>
          </li>
          {STATUSES.map((s) => (
            <li key={s}>
              <Link to={`/vendor/listings?status=${s}`} aria-current={status === s ? 'page' : undefined}>
                {t(`status.technology.${s}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('myListings.none')}</EmptyState> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table listings-table">
            <thead>
              <tr>
                <th scope="col">{t('listingEditor.title')}</th>
                <th scope="col">{t('common.status')}</th>
                <th scope="col">{t('technology.category')}</th>
                <th scope="col">{t('common.updated')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((listing) => (
                <ListingRow key={listing.id} listing={listing} />
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

function ListingRow({ listing }: { listing: TechnologyView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const act = useMutation({
    mutationFn: async (action: 'submit' | 'archive' | 'confirm' | 'remove') => {
      if (action === 'remove') await technologies.remove(listing.id);
      else await technologies[action](listing.id, listing.version);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['my-listings'] }),
  });
  const expiresSoon =
    listing.expiresAt !== null && new Date(listing.expiresAt).getTime() - Date.now() < 60 * 24 * 3600 * 1000;
  return (
    <tr>
      <td>
        <Link to={`/vendor/listings/${listing.id}`}>{listing.title}</Link>
        {listing.status === 'changes_requested' && listing.changesRequestedReason ? (
          <p className="row-note">
            {t('myListings.reason')}: {listing.changesRequestedReason}
          </p>
        ) : null}
        {act.isError ? <ErrorMessage error={act.error} /> : null}
      </td>
      <td>
        <StatusBadge status={listing.status} group="technology" />
        {listing.status === 'published' && listing.expiresAt ? (
          <p className={`row-note ${expiresSoon ? 'warning-text' : ''}`}>
            {t('myListings.expires', { date: formatDate(listing.expiresAt, language) })}
          </p>
        ) : null}
      </td>
      <td>{labels.category(listing.category)}</td>
      <td>{formatDate(listing.updatedAt, language)}</td>
      <td className="row-actions">
        <Link to={`/vendor/listings/${listing.id}`}>{t('common.edit')}</Link>
        {listing.status === 'draft' || listing.status === 'changes_requested' ? (
          <button
            type="button"
            className="link-button"
            disabled={act.isPending}
            onClick={() => act.mutate('submit')}
          >
            {t('listingEditor.submit')}
          </button>
        ) : null}
        {listing.status === 'published' || listing.status === 'expired' ? (
          <>
            <button
              type="button"
              className="link-button"
              disabled={act.isPending}
              onClick={() => act.mutate('confirm')}
            >
              {t('myListings.confirm')}
            </button>
            <button
              type="button"
              className="link-button"
              disabled={act.isPending}
              onClick={() => act.mutate('archive')}
            >
              {t('myListings.archive')}
            </button>
          </>
        ) : null}
        {listing.status === 'draft' ? (
          <button
            type="button"
            className="link-button danger"
            disabled={act.isPending}
            onClick={() => {
              if (window.confirm(t('myListings.confirmDelete', { title: listing.title })))
                act.mutate('remove');
            }}
          >
            {t('common.delete')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}
