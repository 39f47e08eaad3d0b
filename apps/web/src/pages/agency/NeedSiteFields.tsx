import { useTranslation } from 'react-i18next';
import { errorsUnder, type FormErrors } from '../../api/problem';
import { CheckboxGroup, Field, FieldErrors } from '../../components/forms';
import { useLabels } from '../../taxonomy/labels';
import type { NeedForm } from './need-form';

interface NeedFieldProps {
  form: NeedForm;
  set: <K extends keyof NeedForm>(key: K, value: NeedForm[K]) => void;
  errors: FormErrors;
}

const FUELS = [
  'high-sulphur-coal',
  'low-sulphur-coal',
  'heavy-fuel-oil',
  'high-sulphur-diesel',
  'ulsd',
  'biomass',
  'natural-gas',
  'lpg',
] as const;

/** Per pollutant named, the outlet concentration (mg/Nm³) the need must reach. */
export function NeedOutletLimitFields({ form, set, errors }: NeedFieldProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  if (form.pollutants.length === 0) return null;
  // The API numbers the limits sent (blank ones are left out); each error goes back to its pollutant.
  const sent = form.pollutants.filter((pollutant) => (form.outletLimits[pollutant] ?? '').trim() !== '');
  const errorsOf = (pollutant: string) =>
    sent.includes(pollutant) ? errorsUnder(errors, `outletLimits.${sent.indexOf(pollutant)}`) : [];
  return (
    <fieldset className="efficiency">
      <legend>{t('limits.outletLimit')}</legend>
      <p className="hint">{t('limits.outletLimitHint')}</p>
      <FieldErrors errors={errors.fields.outletLimits ?? []} />
      {form.pollutants.map((pollutant) => (
        <Field
          key={pollutant}
          className="inline-field"
          label={`${labels.pollutant(pollutant)} (mg/Nm³)`}
          errors={errorsOf(pollutant)}
        >
          {(control) => (
            <input
              {...control}
              name={`outletLimit-${pollutant}`}
              type="number"
              min={0}
              step="any"
              value={form.outletLimits[pollutant] ?? ''}
              onChange={(e) => set('outletLimits', { ...form.outletLimits, [pollutant]: e.target.value })}
            />
          )}
        </Field>
      ))}
    </fieldset>
  );
}

/** The city area the need covers: its name, people and km², so per-area costs can be multiplied out. */
export function NeedAreaFields({ form, set, errors }: NeedFieldProps) {
  const { t } = useTranslation();
  const number = (key: 'areaPopulation' | 'areaKm2', label: string, step: string) => (
    <Field label={label} errors={errors.fields[key]}>
      {(control) => (
        <input
          {...control}
          name={key}
          type="number"
          min={0}
          step={step}
          value={form[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </Field>
  );
  return (
    <fieldset>
      <legend>{t('limits.area')}</legend>
      <p className="hint">{t('limits.areaHint')}</p>
      <div className="field-row">
        <Field label={t('limits.areaName')} errors={errors.fields.areaName}>
          {(control) => (
            <input
              {...control}
              name="areaName"
              maxLength={200}
              value={form.areaName}
              onChange={(e) => set('areaName', e.target.value)}
            />
          )}
        </Field>
        {number('areaPopulation', t('limits.areaPopulation'), '1')}
        {number('areaKm2', t('limits.areaKm2'), 'any')}
      </div>
    </fieldset>
  );
}

/** What the site has (fuels, grid power, water) and the flue-gas flow of one source. */
export function NeedSiteFields({ form, set, errors }: NeedFieldProps) {
  const { t } = useTranslation();
  const yesNo = (key: 'gridPower' | 'waterSupply', label: string) => (
    <Field label={label} errors={errors.fields[key]}>
      {(control) => (
        <select {...control} name={key} value={form[key]} onChange={(e) => set(key, e.target.value)}>
          <option value="">{t('limits.notStated')}</option>
          <option value="yes">{t('limits.yes')}</option>
          <option value="no">{t('limits.no')}</option>
        </select>
      )}
    </Field>
  );
  return (
    <fieldset>
      <legend>{t('limits.site')}</legend>
      <p className="hint">{t('limits.siteHint')}</p>
      <CheckboxGroup
        legend={t('limits.fuels')}
        name="fuels"
        className="columns"
        options={FUELS.map((fuel) => ({ value: fuel, label: t(`limits.fuelNames.${fuel}`) }))}
        selected={form.fuels}
        onToggle={(fuel) =>
          set(
            'fuels',
            form.fuels.includes(fuel) ? form.fuels.filter((f) => f !== fuel) : [...form.fuels, fuel],
          )
        }
        errors={errorsUnder(errors, 'fuels')}
      />
      <div className="field-row">
        {yesNo('gridPower', t('limits.gridPower'))}
        {yesNo('waterSupply', t('limits.waterSupply'))}
        <Field label={t('limits.flow')} hint={t('limits.flowHint')} errors={errors.fields.flowNm3h}>
          {(control) => (
            <input
              {...control}
              name="flowNm3h"
              type="number"
              min={0}
              step="any"
              value={form.flowNm3h}
              onChange={(e) => set('flowNm3h', e.target.value)}
            />
          )}
        </Field>
      </div>
    </fieldset>
  );
}
