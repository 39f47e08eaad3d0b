import { useTranslation } from 'react-i18next';
import { errorsUnder } from '../../api/problem';
import { UNIT_KINDS } from '../../api/types';
import { CheckboxGroup, Field } from '../../components/forms';
import type { ListingFieldProps } from './ListingSection';

const PREREQUISITES = ['low-sulphur-fuel', 'gas-supply', 'grid-power', 'water-supply'] as const;

/** What the technology needs at the site, and what one installation handles: matching checks both. */
export function ListingSiteFields({ form, set, errors }: ListingFieldProps) {
  const { t } = useTranslation();
  const prerequisites = form.prerequisites ?? [];
  const number = (
    key: 'flowMinNm3h' | 'flowMaxNm3h' | 'unitsPerInstallation',
    label: string,
    step: string,
    hint?: string,
  ) => (
    <Field label={label} hint={hint} errors={errors.fields[key]}>
      {(control) => (
        <input
          {...control}
          name={key}
          type="number"
          min={0}
          step={step}
          value={form[key] ?? ''}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </Field>
  );
  return (
    <>
      <CheckboxGroup
        legend={t('limits.prerequisites')}
        name="prerequisites"
        options={PREREQUISITES.map((id) => ({ value: id, label: t(`limits.prerequisiteNames.${id}`) }))}
        selected={prerequisites}
        onToggle={(id) =>
          set(
            'prerequisites',
            prerequisites.includes(id) ? prerequisites.filter((p) => p !== id) : [...prerequisites, id],
          )
        }
        errors={errorsUnder(errors, 'prerequisites')}
      />
      <p className="hint">{t('limits.prerequisitesHint')}</p>
      <fieldset>
        <legend>{t('limits.capacity')}</legend>
        <div className="field-row">
          {number('flowMinNm3h', t('limits.flowMin'), 'any')}
          {number('flowMaxNm3h', t('limits.flowMax'), 'any')}
        </div>
        <div className="field-row">
          {number(
            'unitsPerInstallation',
            t('limits.unitsPerInstallation'),
            '1',
            t('limits.unitsPerInstallationHint'),
          )}
          <Field label={t('limits.capacityUnitKind')} errors={errors.fields.capacityUnitKind}>
            {(control) => (
              <select
                {...control}
                name="capacityUnitKind"
                value={form.capacityUnitKind ?? ''}
                onChange={(e) => set('capacityUnitKind', e.target.value)}
              >
                <option value="">{t('needEditor.unitKindNone')}</option>
                {UNIT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`needEditor.unitKinds.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>
    </>
  );
}
