import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { savedSearches } from '../../api/endpoints';
import type { SavedSearchView } from '../../api/types';
import { EmptyState, ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { formatDate, formatUsd } from '../../i18n/format';
import { filtersFromSavedQuery, searchFromFilters } from '../../search/technology-filters';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

export function SavedSearchesPage() {
  const { t } = useTranslation();
  usePageTitle(t('savedSearches.title'));
  const list = useQuery({ queryKey: ['saved-searches'], queryFn: savedSearches.list });
  return (
    <>
      <PageHeader
        title={t('savedSearches.title')}
        lead={t('savedSearches.lead')}
        actions={
          <Link to="/search" className="button button--secondary">
            {t('savedSearches.newSearch')}
          </Link>
        }
      />
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('savedSearches.none')}</EmptyState> : null}
      <ul className="card-list">
        {list.data?.items.map((saved) => (
          <SavedSearchItem key={saved.id} saved={saved} />
        ))}
      </ul>
    </>
  );
}

function SavedSearchItem({ saved }: { saved: SavedSearchView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: () => savedSearches.remove(saved.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['saved-searches'] }),
  });
  const filters = filtersFromSavedQuery(saved.query);
  const summary = [
    filters.q ? `“${filters.q}”` : null,
    ...filters.pollutants.map(labels.pollutant),
    ...filters.sectors.map(labels.sector),
    ...filters.category.map(labels.category),
    ...filters.countries.map(labels.country),
    filters.trlMin ? t('search.trlAtLeast', { level: filters.trlMin }) : null,
    filters.costMax !== undefined ? `≤ ${formatUsd(filters.costMax, language)}` : null,
  ].filter(Boolean);
  return (
    <li className="card">
      <h2>{saved.name}</h2>
      <p>{summary.join(' · ')}</p>
      <p className="meta">{t('savedSearches.created', { date: formatDate(saved.createdAt, language) })}</p>
      <div className="form-actions">
        <Link className="button button--small" to={`/search${searchFromFilters(filters)}`}>
          {t('savedSearches.run')}
        </Link>
        <button
          type="button"
          className="button button--secondary button--small"
          disabled={remove.isPending}
          onClick={() => {
            if (window.confirm(t('savedSearches.confirmDelete', { name: saved.name }))) remove.mutate();
          }}
        >
          {t('common.delete')}
        </button>
      </div>
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
    </li>
  );
}
