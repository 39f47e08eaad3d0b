import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { needs } from '../../api/endpoints';
import { isApiError } from '../../api/problem';
import type { NeedSearchHit } from '../../api/types';
import { needText } from '../../taxonomy/need-text';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
  VerifiedBadge,
} from '../../components/common';
import { CheckboxGroup } from '../../components/forms';
import { Highlighted } from '../../components/Highlighted';
import { formatDate, formatUsdRange } from '../../i18n/format';
import { useLabels, useTaxonomy, useUiLanguage } from '../../taxonomy/labels';
import { SearchBox } from '../../components/SearchBox';
import { SaveNeedSearch, SavedNeedSearchList } from './SavedNeedSearches';

const PER_PAGE = 10;

/** Open needs, searched like technologies: what a vendor could answer. */
export function OpportunitiesPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  const [params, setParams] = useSearchParams();
  const countryId = useId();
  const q = params.get('q') ?? '';
  const pollutants = params.get('pollutants')?.split(',').filter(Boolean) ?? [];
  const sectors = params.get('sectors')?.split(',').filter(Boolean) ?? [];
  const country = params.get('country') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  usePageTitle(t('opportunities.title'));

  const query = {
    q: q || undefined,
    pollutants,
    sectors,
    country: country || undefined,
    page,
    limit: PER_PAGE,
  };
  const saved = {
    ...(q ? { q } : {}),
    ...(pollutants.length ? { pollutants } : {}),
    ...(sectors.length ? { sectors } : {}),
    ...(country ? { country: [country] } : {}),
  };
  const search = useQuery({
    queryKey: ['need-search', query],
    queryFn: () => needs.search(query),
    placeholderData: keepPreviousData,
  });
  const update = (patch: Record<string, string | string[]>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      const text = Array.isArray(value) ? value.join(',') : value;
      if (text) next.set(key, text);
      else next.delete(key);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };
  const toggle = (list: string[], value: string) =>
    list.includes(value) ? list.filter((v) => v !== value) : [...list, value];
  const facets = search.data?.facets ?? {};
  const notVerified = isApiError(search.error) && search.error.status === 403;

  return (
    <>
      <PageHeader title={t('opportunities.title')} lead={t('opportunities.lead')} />
      <SearchBox key={q} initial={q} onSearch={(text) => update({ q: text })} />
      {notVerified ? <p className="alert alert--info">{t('opportunities.verifiedOnly')}</p> : null}
      {search.isError && !notVerified ? <ErrorMessage error={search.error} /> : null}
      <div className="search-layout">
        <aside className="facets" aria-label={t('search.filters')}>
          <details open className="facets-details">
            <summary>{t('search.filters')}</summary>
            {taxonomy ? (
              <>
                <CheckboxGroup
                  legend={t('technology.pollutants')}
                  options={taxonomy.pollutants.map((p) => ({
                    value: p.id,
                    label: labels.pollutant(p.id),
                    count: facets.pollutants?.[p.id] ?? 0,
                  }))}
                  selected={pollutants}
                  onToggle={(value) => update({ pollutants: toggle(pollutants, value) })}
                />
                <CheckboxGroup
                  legend={t('technology.sectors')}
                  className="sector-options"
                  options={taxonomy.sectors
                    .flatMap((s) => [s, ...s.subSectors])
                    .filter((s) => (facets.sectors?.[s.id] ?? 0) > 0 || sectors.includes(s.id))
                    .map((s) => ({
                      value: s.id,
                      label: labels.sector(s.id),
                      count: facets.sectors?.[s.id] ?? 0,
                    }))}
                  selected={sectors}
                  onToggle={(value) => update({ sectors: toggle(sectors, value) })}
                />
              </>
            ) : null}
            <div className="field">
              <label htmlFor={countryId}>{t('need.country')}</label>
              <select
                id={countryId}
                value={country}
                onChange={(event) => update({ country: event.target.value })}
              >
                <option value="">{t('events.anyCountry')}</option>
                {Object.entries(facets.country ?? {}).map(([code, count]) => (
                  <option key={code} value={code}>
                    {labels.country(code)} ({count})
                  </option>
                ))}
                {country && !facets.country?.[country] ? (
                  <option value={country}>{labels.country(country)}</option>
                ) : null}
              </select>
            </div>
          </details>
        </aside>
        <section className="results" aria-labelledby="opportunities-results" aria-busy={search.isFetching}>
          <h2 id="opportunities-results" className="visually-hidden">
            {t('search.results')}
          </h2>
          <p role="status" className="results-count">
            {search.data ? t('opportunities.count', { count: search.data.total }) : ''}
          </p>
          {!notVerified && (q || pollutants.length || sectors.length || country) ? (
            <SaveNeedSearch key={JSON.stringify(saved)} query={saved} />
          ) : null}
          {search.isPending && !notVerified ? <Loading /> : null}
          {search.data?.items.length === 0 ? (
            <EmptyState>
              {t('opportunities.none')} {t('savedNeedSearches.noneYet')}
            </EmptyState>
          ) : null}
          <ol className="hit-list">
            {search.data?.items.map((hit) => (
              <NeedHit key={hit.id} hit={hit} />
            ))}
          </ol>
          {search.data ? (
            <Pagination
              page={page}
              total={search.data.total}
              limit={PER_PAGE}
              onPage={(next) => update({ page: String(next) })}
            />
          ) : null}
          {!notVerified ? <SavedNeedSearchList /> : null}
        </section>
      </div>
    </>
  );
}

function NeedHit({ hit }: { hit: NeedSearchHit }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const budget = formatUsdRange(hit.budgetMinUsd, hit.budgetMaxUsd, language);
  // Matches are marked in the English text; a translation shown instead is shown as written.
  const text = needText(
    {
      title: hit.title,
      description: hit.excerpt,
      translations: hit.translations.map((translation) => ({
        language: translation.language,
        title: translation.title,
        description: translation.excerpt,
      })),
    },
    language,
  );
  return (
    <li className="hit card">
      <h3>
        <Link to={`/needs/${hit.id}`} lang={text.titleLang}>
          {text.title === hit.title ? (
            <Highlighted html={hit.highlights.title} text={hit.title} />
          ) : (
            text.title
          )}
        </Link>
      </h3>
      <p className="hit-vendor">
        {hit.organization.name} <VerifiedBadge verified={hit.organization.verified} /> · {hit.city},{' '}
        {labels.country(hit.country)}
      </p>
      <p lang={text.descriptionLang}>
        {text.description === hit.excerpt ? (
          <Highlighted html={hit.highlights.description} text={hit.excerpt} />
        ) : (
          text.description
        )}
      </p>
      <dl className="facts">
        <div>
          <dt>{t('technology.pollutants')}</dt>
          <dd>{hit.pollutants.map(labels.pollutant).join(', ')}</dd>
        </div>
        {budget ? (
          <div>
            <dt>{t('need.budget')}</dt>
            <dd>{budget}</dd>
          </div>
        ) : null}
        {hit.minTrl ? (
          <div>
            <dt>{t('need.minTrl')}</dt>
            <dd>{hit.minTrl}</dd>
          </div>
        ) : null}
        <div>
          <dt>{t('need.deadline')}</dt>
          <dd>{formatDate(hit.deadline, language)}</dd>
        </div>
      </dl>
    </li>
  );
}
