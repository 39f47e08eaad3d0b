import { useDeferredValue, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { FacetCounts } from '../../api/types';
import { CheckboxGroup, type Option } from '../../components/forms';
import { useLabels, useTaxonomy, type Labels } from '../../taxonomy/labels';
import {
  EMPTY_FILTERS,
  hasAnyFilter,
  searchFromFilters,
  withListValueToggled,
  type ListFilter,
  type TechnologyFilters,
} from '../../search/technology-filters';

/** The search page's filter panel: facets with counts, maturity and budget. */
/** Options with their counts; chosen ones stay visible even when the current results have none. */
function facetOptions(
  ids: readonly string[],
  counts: Record<string, number> | undefined,
  selected: readonly string[],
  label: (id: string) => string,
  keep: 'all' | 'counted',
): Option[] {
  return (
    ids
      .filter((id) => keep === 'all' || (counts?.[id] ?? 0) > 0 || selected.includes(id))
      // No counts yet (the results are loading): no number rather than a wrong 0.
      .map((id) => ({ value: id, label: label(id), count: counts ? (counts[id] ?? 0) : undefined }))
  );
}

const COUNTRIES_SHOWN = 8;

const activeFilterCount = (filters: TechnologyFilters) =>
  filters.category.length +
  filters.pollutants.length +
  filters.sectors.length +
  filters.countries.length +
  (filters.trlMin !== undefined ? 1 : 0) +
  (filters.costMax !== undefined ? 1 : 0) +
  (filters.verified ? 1 : 0);

export function FacetPanel(props: {
  filters: TechnologyFilters;
  /** Undefined while the results load. */
  facets: FacetCounts | undefined;
  onChange: (f: TechnologyFilters) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  // Its hundred-odd checkboxes render in the background, not in the task that shows the page.
  const taxonomy = useDeferredValue(useTaxonomy().data);
  const [allCountries, setAllCountries] = useState(false);
  // On a phone the filters start folded so the results are not pushed below a screenful of checkboxes.
  const [open, setOpen] = useState(() => window.matchMedia?.('(min-width: 56rem)').matches ?? true);
  const { filters } = props;
  const facets: Partial<FacetCounts> = props.facets ?? {};
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
        {/* Folded (on a phone), the checkboxes are built when someone unfolds them, not on every visit. */}
        {open ? (
          <>
            {hasAnyFilter(filters) ? (
              <p>
                <Link to={`/search${searchFromFilters({ ...EMPTY_FILTERS, q: filters.q })}`}>
                  {t('search.clearFilters')}
                </Link>
              </p>
            ) : null}
            <p className="field verified-filter">
              <label>
                <input
                  type="checkbox"
                  checked={filters.verified === true}
                  onChange={(event) =>
                    props.onChange({ ...filters, verified: event.target.checked || undefined, page: 1 })
                  }
                />{' '}
                {t('evidence.verifiedOnly')}
              </label>
            </p>
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
              options={facetOptions(
                categoryIds,
                facets.category,
                filters.category,
                labels.category,
                'counted',
              )}
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
                allCountries
                  ? countries
                  : countries.slice(0, Math.max(COUNTRIES_SHOWN, filters.countries.length))
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
          </>
        ) : null}
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
