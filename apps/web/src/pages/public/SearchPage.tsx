import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate } from 'react-router';
import { queryString } from '../../api/client';
import { savedSearches, technologies } from '../../api/endpoints';
import type { FacetCounts, TechnologySearchHit } from '../../api/types';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
  VerifiedBadge,
} from '../../components/common';
import { CheckboxGroup, type Option } from '../../components/forms';
import { SearchBox } from '../../components/SearchBox';
import { Highlighted } from '../../components/Highlighted';
import { formatUsdRange } from '../../i18n/format';
import { useSignedInUser } from '../../session/session';
import { listingText } from '../../taxonomy/listing-text';
import { useLabels, useTaxonomy, useUiLanguage, type Labels } from '../../taxonomy/labels';
import {
  apiQueryFromFilters,
  EMPTY_FILTERS,
  filtersFromSearch,
  hasAnyFilter,
  RESULTS_PER_PAGE,
  savedQueryFromFilters,
  searchFromFilters,
  SEARCH_SORTS,
  withListValueToggled,
  type ListFilter,
  type SearchSort,
  type TechnologyFilters,
} from '../../search/technology-filters';

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

  const apply = (next: TechnologyFilters) => void navigate({ search: searchFromFilters(next) });
  const result = search.data;

  return (
    <div className="search-page">
      <PageHeader title={t('search.title')} lead={t('search.lead')} />
      <SearchBox key={filters.q} initial={filters.q} onSearch={(q) => apply({ ...filters, q, page: 1 })} />
      <div className="search-layout">
        <FacetPanel filters={filters} facets={result?.facets ?? {}} onChange={apply} />
        <section
          className="results"
          aria-labelledby="results-heading"
          aria-busy={search.isFetching}
          data-results-for={search.isPlaceholderData || !result ? '' : resultsKey}
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
          {search.isPending ? <Loading /> : null}
          {search.isError ? <ErrorMessage error={search.error} retry={() => void search.refetch()} /> : null}
          {result && result.hits.length === 0 ? (
            <EmptyState>
              {t('search.noResults')}{' '}
              {hasAnyFilter(filters) ? (
                <Link to={`/search${searchFromFilters({ ...EMPTY_FILTERS, q: filters.q })}`}>
                  {t('search.clearFilters')}
                </Link>
              ) : null}
            </EmptyState>
          ) : null}
          {result ? (
            <ol className="hit-list">
              {result.hits.map((hit) => (
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
    <li className="hit card">
      <h3>
        <Link to={`/technologies/${hit.id}`}>
          {text.translated ? text.title : <Highlighted html={hit.highlights.title} text={hit.title} />}
        </Link>
      </h3>
      <p className="hit-vendor">
        <Link to={`/organizations/${hit.vendor.id}`}>{hit.vendor.name}</Link> ·{' '}
        {labels.country(hit.vendor.country)} <VerifiedBadge verified={hit.vendor.verified} />
      </p>
      <p>
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

/** Options with their counts; chosen ones stay visible even when the current results have none. */
function facetOptions(
  ids: readonly string[],
  counts: Record<string, number> | undefined,
  selected: readonly string[],
  label: (id: string) => string,
  keep: 'all' | 'counted',
): Option[] {
  return ids
    .filter((id) => keep === 'all' || (counts?.[id] ?? 0) > 0 || selected.includes(id))
    .map((id) => ({ value: id, label: label(id), count: counts?.[id] ?? 0 }));
}

const COUNTRIES_SHOWN = 8;

const activeFilterCount = (filters: TechnologyFilters) =>
  filters.category.length +
  filters.pollutants.length +
  filters.sectors.length +
  filters.countries.length +
  (filters.trlMin !== undefined ? 1 : 0) +
  (filters.costMax !== undefined ? 1 : 0);

function FacetPanel(props: {
  filters: TechnologyFilters;
  facets: FacetCounts;
  onChange: (f: TechnologyFilters) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  const [allCountries, setAllCountries] = useState(false);
  // On a phone the filters start folded so the results are not pushed below a screenful of checkboxes.
  const [open, setOpen] = useState(() => window.matchMedia?.('(min-width: 56rem)').matches ?? true);
  const { filters, facets } = props;
  const toggle = (key: ListFilter) => (value: string) =>
    props.onChange(withListValueToggled(filters, key, value));
  if (!taxonomy) return <aside className="facets" />;

  const categoryIds = taxonomy.categoryGroups.flatMap((g) => g.categories.map((c) => c.id));
  const sectorIds = taxonomy.sectors.flatMap((s) => [s.id, ...s.subSectors.map((sub) => sub.id)]);
  const countryCounts = facets.countries ?? {};
  const countryIds = Object.keys(countryCounts).sort((a, b) => countryCounts[b] - countryCounts[a]);
  const countries = facetOptions(
    [...new Set([...filters.countries, ...countryIds])],
    countryCounts,
    filters.countries,
    labels.country,
    'counted',
  );

  return (
    <aside className="facets" aria-label={t('search.filters')}>
      <details open={open} onToggle={(event) => setOpen(event.currentTarget.open)} className="facets-details">
        <summary>
          {t('search.filters')}
          {hasAnyFilter(filters)
            ? ` (${t('search.activeFilters', { count: activeFilterCount(filters) })})`
            : ''}
        </summary>
        {hasAnyFilter(filters) ? (
          <p>
            <Link to={`/search${searchFromFilters({ ...EMPTY_FILTERS, q: filters.q })}`}>
              {t('search.clearFilters')}
            </Link>
          </p>
        ) : null}
        <CheckboxGroup
          legend={t('technology.pollutants')}
          name="pollutants"
          options={facetOptions(
            taxonomy.pollutants.map((p) => p.id),
            facets.pollutants,
            filters.pollutants,
            labels.pollutant,
            'all',
          )}
          selected={filters.pollutants}
          onToggle={toggle('pollutants')}
        />
        <CheckboxGroup
          legend={t('technology.category')}
          name="category"
          options={facetOptions(categoryIds, facets.category, filters.category, labels.category, 'counted')}
          selected={filters.category}
          onToggle={toggle('category')}
        />
        <CheckboxGroup
          legend={t('technology.sectors')}
          name="sectors"
          className="sector-options"
          options={facetOptions(sectorIds, facets.sectors, filters.sectors, labels.sector, 'counted')}
          selected={filters.sectors}
          onToggle={toggle('sectors')}
        />
        <CheckboxGroup
          legend={t('search.countries')}
          name="countries"
          options={
            allCountries ? countries : countries.slice(0, Math.max(COUNTRIES_SHOWN, filters.countries.length))
          }
          selected={filters.countries}
          onToggle={toggle('countries')}
        />
        {countries.length > COUNTRIES_SHOWN ? (
          <button
            type="button"
            className="link-button"
            aria-expanded={allCountries}
            onClick={() => setAllCountries((all) => !all)}
          >
            {allCountries
              ? t('search.fewerCountries')
              : t('search.allCountries', { count: countries.length })}
          </button>
        ) : null}
        <TrlSelect filters={filters} counts={facets.trl} labels={labels} onChange={props.onChange} />
        <BudgetFilter key={filters.costMax ?? ''} filters={filters} onChange={props.onChange} />
      </details>
    </aside>
  );
}

function TrlSelect(props: {
  filters: TechnologyFilters;
  counts: Record<string, number> | undefined;
  labels: Labels;
  onChange: (f: TechnologyFilters) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const atLeast = (level: number) =>
    Object.entries(props.counts ?? {}).reduce(
      (sum, [trl, count]) => (Number(trl) >= level ? sum + count : sum),
      0,
    );
  return (
    <div className="field">
      <label htmlFor={id}>{t('search.trlMin')}</label>
      <select
        id={id}
        value={props.filters.trlMin ?? ''}
        onChange={(event) =>
          props.onChange({
            ...props.filters,
            trlMin: event.target.value ? Number(event.target.value) : undefined,
            page: 1,
          })
        }
      >
        <option value="">{t('search.anyTrl')}</option>
        {[1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => (
          <option key={level} value={level} title={props.labels.trl(level)}>
            {t('search.trlAtLeast', { level })}
            {props.counts ? ` (${atLeast(level)})` : ''}
          </option>
        ))}
      </select>
    </div>
  );
}

function BudgetFilter(props: { filters: TechnologyFilters; onChange: (f: TechnologyFilters) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const hintId = useId();
  const [value, setValue] = useState(props.filters.costMax?.toString() ?? '');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const amount = value.trim() === '' ? undefined : Math.max(0, Math.round(Number(value)));
    props.onChange({ ...props.filters, costMax: Number.isFinite(amount) ? amount : undefined, page: 1 });
  };
  return (
    <form className="field budget-filter" onSubmit={submit}>
      <label htmlFor={id}>{t('search.budget')}</label>
      <p className="hint" id={hintId}>
        {t('search.budgetHint')}
      </p>
      <div className="input-with-button">
        <input
          id={id}
          type="number"
          min={0}
          step={1000}
          inputMode="numeric"
          aria-describedby={hintId}
          value={value}
          onChange={(event) => setValue(event.target.value)}
        />
        <button type="submit" className="button button--secondary">
          {t('search.apply')}
        </button>
      </div>
    </form>
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
