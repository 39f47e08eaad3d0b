import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels, useTaxonomy } from '../../taxonomy/labels';

export interface ParticipantFilterValues {
  country: string;
  pollutant: string;
  sector: string;
}

/** Narrows the participants to ask by country, pollutant or sector. */
export function ParticipantFilters({
  value,
  onChange,
}: {
  value: ParticipantFilterValues;
  onChange: (next: ParticipantFilterValues) => void;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  const ids = { country: useId(), pollutant: useId(), sector: useId() };
  return (
    <div className="toolbar">
      <div className="inline-field">
        <label htmlFor={ids.country}>{t('meetings.country')}</label>
        <select
          id={ids.country}
          value={value.country}
          onChange={(e) => onChange({ ...value, country: e.target.value })}
        >
          <option value="">{t('meetings.anyCountry')}</option>
          {(taxonomy?.countries ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {labels.country(c.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor={ids.pollutant}>{t('meetings.pollutant')}</label>
        <select
          id={ids.pollutant}
          value={value.pollutant}
          onChange={(e) => onChange({ ...value, pollutant: e.target.value })}
        >
          <option value="">{t('meetings.anyPollutant')}</option>
          {(taxonomy?.pollutants ?? []).map((p) => (
            <option key={p.id} value={p.id}>
              {labels.pollutant(p.id)}
            </option>
          ))}
        </select>
      </div>
      <div className="inline-field">
        <label htmlFor={ids.sector}>{t('meetings.sector')}</label>
        <select
          id={ids.sector}
          value={value.sector}
          onChange={(e) => onChange({ ...value, sector: e.target.value })}
        >
          <option value="">{t('meetings.anySector')}</option>
          {(taxonomy?.sectors ?? [])
            .flatMap((s) => [s, ...s.subSectors])
            .map((s) => (
              <option key={s.id} value={s.id}>
                {labels.sector(s.id)}
              </option>
            ))}
        </select>
      </div>
    </div>
  );
}
