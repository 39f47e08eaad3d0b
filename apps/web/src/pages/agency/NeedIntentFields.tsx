import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../api/problem';
import { NEED_WANTS, UNIT_KINDS } from '../../api/types';
import { Field } from '../../components/forms';
import type { NeedForm } from './need-form';

interface NeedFieldProps {
  form: NeedForm;
  set: <K extends keyof NeedForm>(key: K, value: NeedForm[K]) => void;
  errors: FormErrors;
}

/** Measure, cut or both: matching proposes measuring listings only to needs that want measurement. */
export function NeedWantsField({ form, set, errors }: NeedFieldProps) {
  const { t } = useTranslation();
  return (
    <Field label={t('needEditor.wants')} errors={errors.fields.wants}>
      {(control) => (
        <select {...control} name="wants" value={form.wants} onChange={(e) => set('wants', e.target.value)}>
          <option value="">{t('needEditor.wantsFromText')}</option>
          {NEED_WANTS.map((wants) => (
            <option key={wants} value={wants}>
              {t(`needEditor.wantsNames.${wants}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

/** How many units the budget covers, so a unit price is compared like with like. */
export function NeedScaleFields({ form, set, errors }: NeedFieldProps) {
  const { t } = useTranslation();
  return (
    <div className="field-row">
      <Field
        label={t('needEditor.unitCount')}
        hint={t('needEditor.unitCountHint')}
        errors={errors.fields.unitCount}
      >
        {(control) => (
          <input
            {...control}
            name="unitCount"
            type="number"
            min={1}
            step={1}
            value={form.unitCount}
            onChange={(e) => set('unitCount', e.target.value)}
          />
        )}
      </Field>
      <Field label={t('needEditor.unitKind')} errors={errors.fields.unitKind}>
        {(control) => (
          <select
            {...control}
            name="unitKind"
            value={form.unitKind}
            onChange={(e) => set('unitKind', e.target.value)}
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
  );
}
