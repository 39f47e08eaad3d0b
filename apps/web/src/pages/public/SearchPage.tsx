import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ExpertReviewBadge } from '../../components/ExpertReviewBadge';
import { Link, useLocation, useNavigate } from 'react-router';
import { queryString } from '../../api/client';
import { savedSearches, technologies } from '../../api/endpoints';
import type { TechnologySearchHit } from '../../api/types';
import {
  EmptyState,
  ErrorMessage,
  Placeholder,
  PageHeader,
  Pagination,
  usePageTitle,
  VerifiedBadge,
} from '../../components/common';
import { SearchBox } from '../../components/SearchBox';
import { Highlighted } from '../../components/Highlighted';
import { formatUsdRange } from '../../i18n/format';
import { useSignedInUser } from '../../session/session';
import { usePageDescription } from '../../components/page-meta';
import { listingText } from '../../taxonomy/listing-text';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';
import {
  apiQueryFromFilters,
  EMPTY_FILTERS,
  filtersFromSearch,
  hasAnyFilter,
  RESULTS_PER_PAGE,
  savedQueryFromFilters,
  searchFromFilters,
  SEARCH_SORTS,
  type SearchSort,
  type TechnologyFilters,
} from '../../search/technology-filters';
import { FacetPanel } from './SearchFilterPanel';

export function SearchPage() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const filters = useMemo(() => filtersFromSearch(location.search), [location.search]);
  const apiQuery = apiQueryFromFilters(filters);
  const resultsKey = queryString(apiQuery);
  const search = useQuery({
    queryKey: ['technology-search', resultsKey],
    queryFn: ({ signal }) => technologies.search(apiQuery, signal),
    placeholderData: keepPreviousData,
  });
  usePageTitle(filters.q ? t('search.titleFor', { q: filters.q }) : t('search.title'));
  usePageDescription(t('search.lead'), t('search.title'));

  const apply = (next: TechnologyFilters) => void navigate({ search: searchFromFilters(next) });
  // The results (and their facets) render in the background, yielding to taps and typing between hits.
  const result = useDeferredValue(search.data);

  return (
    <div className="search-page">
      <PageHeader title={t('search.title')} lead={t('search.lead')} />
      <SearchBox key={filters.q} initial={filters.q} onSearch={(q) => apply({ ...filters, q, page: 1 })} />
      <div className="search-layout">
        <FacetPanel filters={filters} facets={result?.facets} onChange={apply} />
        <section
          className="results"
          aria-labelledby="results-heading"
          aria-busy={search.isFetching}
          data-results-for={search.isPlaceholderData || !result || result !== search.data ? '' : resultsKey}
        >
          <div className="results-head">
            <h2 id="results-heading" className="visually-hidden">
              {t('search.results')}
            </h2>
            <p role="status" className="results-count">
              {result ? t('search.resultsCount', { count: result.total }) : ''}
            </p>
            <SortSelect value={filters.sort} onChange={(sort) => apply({ ...filters, sort, page: 1 })} />
          </div>
          <SaveSearch filters={filters} />
          {!result && !search.isError ? <Placeholder shape="card" rows={4} /> : null}
          {search.isError ? <ErrorMessage error={search.error} retry={() => void search.refetch()} /> : null}
          {result && result.items.length === 0 ? (
            <EmptyState>
              {t('search.noResults')}{' '}
              {hasAnyFilter(filters) ? (
                <Link to={`/search${searchFromFilters({ ...EMPTY_FILTERS, q: filters.q })}`}>
                  {t('search.clearFilters')}
                </Link>
              ) : null}
              <NoResultsOffer />
            </EmptyState>
          ) : null}
          {result ? (
            <ol className="hit-list">
              {result.items.map((hit) => (
                <SearchHit key={hit.id} hit={hit} />
              ))}
            </ol>
          ) : null}
          {result ? (
            <Pagination
              page={filters.page}
              total={result.total}
              limit={RESULTS_PER_PAGE}
              hrefFor={(page) => `/search${searchFromFilters({ ...filters, page })}`}
            />
          ) : null}
        </section>
      </div>
    </div>
  );
}

function SortSelect({ value, onChange }: { value: SearchSort; onChange: (sort: SearchSort) => void }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="inline-field">
      <label htmlFor={id}>{t('search.sort')}</label>
      <select id={id} value={value} onChange={(event) => onChange(event.target.value as SearchSort)}>
        {SEARCH_SORTS.map((sort) => (
          <option key={sort} value={sort}>
            {t(`search.sorts.${sort}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

function SearchHit({ hit }: { hit: TechnologySearchHit }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const text = listingText(hit, language);
  const cost = formatUsdRange(hit.costMin, hit.costMax, language);
  return (
    <li className={`hit card ${hit.thumbnailUrl ? 'hit--with-image' : ''}`}>
      {hit.thumbnailUrl ? (
        <img className="hit-thumbnail" src={hit.thumbnailUrl} alt="" loading="lazy" />
      ) : null}
      <h3>
        <Link to={`/technologies/${hit.id}`} lang={text.titleLang}>
          {text.translated ? text.title : <Highlighted html={hit.highlights.title} text={hit.title} />}
        </Link>
      </h3>
      <p className="hit-vendor">
        <Link to={`/organizations/${hit.vendor.id}`}>{hit.vendor.name}</Link> ·{' '}
        {labels.country(hit.vendor.country)} <VerifiedBadge verified={hit.vendor.verified} />
      </p>
      {hit.verifiedAt ? (
        <p className="hit-evidence">
          <ExpertReviewBadge verifiedAt={hit.verifiedAt} />
        </p>
      ) : null}
      <p lang={text.summaryLang}>
        {text.translated ? text.summary : <Highlighted html={hit.highlights.summary} text={hit.summary} />}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('technology.category')}</dt>
          <dd>{labels.category(hit.category)}</dd>
        </div>
        <div>
          <dt>{t('technology.trl')}</dt>
          <dd>{hit.trl}</dd>
        </div>
        {cost ? (
          <div>
            <dt>{t('technology.capitalCost')}</dt>
            <dd>{cost}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('technology.pollutants')}</dt>
          <dd>{hit.pollutants.map(labels.pollutant).join(', ')}</dd>
        </div>
      </dl>
    </li>
  );
}

/** Nothing listed yet: an agency can post the need for vendors to answer, or keep the search (button above). */
function NoResultsOffer() {
  const { t } = useTranslation();
  const user = useSignedInUser();
  if (user && user.role !== 'agency') return null;
  return (
    <span className="no-results-offer">
      {' '}
      {user ? (
        <>
          {t('search.offerAgency')} <Link to="/agency/needs/new">{t('search.postNeed')}</Link>
        </>
      ) : (
        <>
          {t('search.offerVisitor')} <Link to="/register">{t('nav.register')}</Link>
        </>
      )}
    </span>
  );
}

/** Agencies keep a search to hear about new technologies that match it. */
function SaveSearch({ filters }: { filters: TechnologyFilters }) {
  const { t } = useTranslation();
  const user = useSignedInUser();
  const [name, setName] = useState('');
  const [open, setOpen] = useState(false);
  const id = useId();
  const save = useMutation({
    mutationFn: () => savedSearches.create(name.trim(), savedQueryFromFilters(filters)),
  });
  if (user?.role !== 'agency' || (!filters.q && !hasAnyFilter(filters))) return null;
  if (save.isSuccess) {
    return (
      <p className="alert alert--success" role="status">
        {t('search.saved')} <Link to="/agency/saved-searches">{t('nav.savedSearches')}</Link>
      </p>
    );
  }
  if (!open) {
    return (
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() => {
          setName(filters.q || t('search.defaultSavedName'));
          setOpen(true);
        }}
      >
        {t('search.saveSearch')}
      </button>
    );
  }
  return (
    <form
      className="save-search"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <label htmlFor={id}>{t('search.savedName')}</label>
      <div className="input-with-button">
        <input
          id={id}
          value={name}
          maxLength={100}
          required
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" className="button" disabled={save.isPending}>
          {t('common.save')}
        </button>
      </div>
      <p className="hint">{t('search.saveHint')}</p>
      {save.isError ? <ErrorMessage error={save.error} /> : null}
    </form>
  );
}
