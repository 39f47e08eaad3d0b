import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { LIBRARY_FACETS, library, resourceText, type LibraryFacet } from '../../api/library-endpoints';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
} from '../../components/common';
import { CheckboxGroup } from '../../components/forms';
import { SearchBox } from '../../components/SearchBox';
import { formatDate } from '../../i18n/format';
import { useLabels, useUiLanguage, type Labels } from '../../taxonomy/labels';

const PER_PAGE = 20;

const labelOf = (facet: LibraryFacet, labels: Labels, kind: (id: string) => string) => (id: string) => {
  switch (facet) {
    case 'kind':
      return kind(id);
    case 'pollutants':
      return labels.pollutant(id);
    case 'sectors':
      return labels.sector(id);
    case 'countries':
      return labels.country(id);
    case 'categories':
      return id.includes('.') ? labels.category(id) : labels.categoryGroup(id);
  }
};

/** `/library`: search the published resources, with facet counts beside each filter. */
export function LibraryPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const selected = Object.fromEntries(
    LIBRARY_FACETS.map((facet) => [facet, params.get(facet)?.split(',').filter(Boolean) ?? []]),
  ) as Record<LibraryFacet, string[]>;
  usePageTitle(t('library.title'));
  const results = useQuery({
    queryKey: ['library-search', params.toString()],
    queryFn: () => library.search({ q, page, limit: PER_PAGE, ...selected }),
  });
  const go = (next: { q?: string; page?: number; facets?: Record<LibraryFacet, string[]> }) => {
    const search = new URLSearchParams();
    const text = next.q ?? q;
    if (text) search.set('q', text);
    for (const [facet, values] of Object.entries(next.facets ?? selected))
      if (values.length > 0) search.set(facet, values.join(','));
    if (next.page && next.page > 1) search.set('page', String(next.page));
    setParams(search);
  };
  const toggle = (facet: LibraryFacet) => (value: string) => {
    const values = selected[facet].includes(value)
      ? selected[facet].filter((v) => v !== value)
      : [...selected[facet], value];
    go({ facets: { ...selected, [facet]: values } });
  };
  const kindLabel = (id: string) => t(`library.kinds.${id}`);
  const anyFilter = LIBRARY_FACETS.some((facet) => selected[facet].length > 0);

  return (
    <>
      <PageHeader title={t('library.title')} lead={t('library.lead')} />
      <SearchBox
        key={q}
        initial={q}
        label={t('library.searchLabel')}
        placeholder={t('library.searchPlaceholder')}
        onSearch={(text) => go({ q: text, page: 1 })}
      />
      <div className="search-layout">
        <aside className="facets" aria-label={t('library.filters')}>
          {anyFilter ? (
            <p>
              <Link to={q ? `/library?q=${encodeURIComponent(q)}` : '/library'}>
                {t('library.clearFilters')}
              </Link>
            </p>
          ) : null}
          {LIBRARY_FACETS.map((facet) => {
            const counts = results.data?.facets[facet] ?? {};
            const ids = [...new Set([...selected[facet], ...Object.keys(counts)])];
            const label = labelOf(facet, labels, kindLabel);
            return (
              <CheckboxGroup
                key={facet}
                legend={t(`library.${facet}`)}
                name={facet}
                options={ids.map((id) => ({ value: id, label: label(id), count: counts[id] ?? 0 }))}
                selected={selected[facet]}
                onToggle={toggle(facet)}
              />
            );
          })}
        </aside>
        <section className="results" aria-live="polite" aria-busy={results.isFetching}>
          {results.isPending ? <Loading /> : null}
          {results.isError ? <ErrorMessage error={results.error} /> : null}
          {results.data ? (
            <p className="result-count">{t('library.results', { count: results.data.total })}</p>
          ) : null}
          {results.data?.items.length === 0 ? <EmptyState>{t('library.none')}</EmptyState> : null}
          <ul className="result-list library-results">
            {results.data?.items.map((hit) => (
              <li key={hit.id} className="card result">
                <h2>
                  <Link to={`/library/${hit.slug}`}>{resourceText(hit, language).title}</Link>
                </h2>
                <p className="meta">
                  <span className="badge">{kindLabel(hit.kind)}</span> ·{' '}
                  {formatDate(hit.date, language, 'UTC')}
                  {hit.authors.length > 0 ? ` · ${t('library.by', { authors: hit.authors.join(', ') })}` : ''}
                </p>
                <p>{hit.excerpt}</p>
              </li>
            ))}
          </ul>
          {results.data ? (
            <Pagination
              page={page}
              total={results.data.total}
              limit={PER_PAGE}
              onPage={(next) => go({ page: next })}
            />
          ) : null}
        </section>
      </div>
    </>
  );
}
