import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels, useTaxonomy } from '../taxonomy/labels';
import { FieldErrors } from './forms';

/** Where most listings and needs come from; offered before the user types. */
const FOCUS_COUNTRIES = ['NP', 'IN', 'LK', 'BD', 'PK', 'BT', 'MV', 'CN', 'VN', 'TH', 'ID', 'MN'];

/** Many countries to choose from: the chosen ones first (checked), then the focus countries or what the filter finds. */
export function CountryPicker(props: {
  legend: string;
  selected: readonly string[];
  onChange: (codes: string[]) => void;
  errors?: string[];
  hint?: string;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  const [filter, setFilter] = useState('');
  const filterId = useId();
  const errorId = useId();
  const countries = useMemo(
    () =>
      (taxonomy?.countries ?? [])
        .map((country) => ({ code: country.id, name: labels.country(country.id) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [taxonomy, labels],
  );
  const needle = filter.trim().toLowerCase();
  const visible =
    needle === ''
      ? FOCUS_COUNTRIES.filter((code) => !props.selected.includes(code)).map((code) => ({
          code,
          name: labels.country(code),
        }))
      : countries.filter(
          (country) =>
            !props.selected.includes(country.code) &&
            (country.name.toLowerCase().includes(needle) || country.code.toLowerCase() === needle),
        );
  const toggle = (code: string) =>
    props.onChange(
      props.selected.includes(code) ? props.selected.filter((c) => c !== code) : [...props.selected, code],
    );
  const errors = props.errors ?? [];
  return (
    <fieldset className="country-picker" aria-describedby={errors.length > 0 ? errorId : undefined}>
      <legend>{props.legend}</legend>
      {props.hint ? <p className="hint">{props.hint}</p> : null}
      <label htmlFor={filterId} className="visually-hidden">
        {t('countryPicker.filter', { legend: props.legend })}
      </label>
      <input
        id={filterId}
        type="search"
        placeholder={t('countryPicker.placeholder')}
        value={filter}
        onChange={(event) => setFilter(event.target.value)}
      />
      <ul className="country-picker-list">
        {[
          ...props.selected.map((code) => ({ code, name: labels.country(code) })),
          ...visible.slice(0, 50),
        ].map((country) => (
          <li key={country.code}>
            <label>
              <input
                type="checkbox"
                checked={props.selected.includes(country.code)}
                onChange={() => toggle(country.code)}
              />
              {country.name}
            </label>
          </li>
        ))}
      </ul>
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}
