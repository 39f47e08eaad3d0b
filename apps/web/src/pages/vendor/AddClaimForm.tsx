import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ADDABLE_CLAIM_KINDS,
  CLAIM_UNITS,
  POLLUTANT_CLAIM_KINDS,
  evidence,
  type ClaimInput,
  type ClaimView,
} from '../../api/evidence-endpoints';
import { Field } from '../../components/forms';
import { useLabels } from '../../taxonomy/labels';
import { useErrorsOf, type Errors } from './evidence-errors';

export function AddClaimForm(props: {
  listingId: string;
  pollutants: string[];
  onAdded: (claim: ClaimView) => Promise<void>;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const errorsOf = useErrorsOf();
  const [kind, setKind] = useState<ClaimInput['kind']>('outlet-concentration');
  const [pollutant, setPollutant] = useState('');
  const [value, setValue] = useState('');
  const [unit, setUnit] = useState('');
  const [statement, setStatement] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const units = CLAIM_UNITS[kind] ?? [];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setGeneral(null);
    const input: ClaimInput = {
      kind,
      statement: statement.trim(),
      ...(pollutant ? { pollutant } : {}),
      ...(value.trim() !== ''
        ? { value: Number(value), unit: (unit || units[0]) as ClaimInput['unit'] }
        : {}),
    };
    try {
      const added = await evidence.add(props.listingId, input);
      setStatement('');
      setValue('');
      await props.onAdded(added);
    } catch (error) {
      const found = errorsOf(error);
      setErrors(found.fields);
      setGeneral(found.general);
    }
  };

  return (
    <form
      className="evidence-form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby="add-claim-heading"
    >
      <h3 id="add-claim-heading">{t('evidence.addHeading')}</h3>
      {general ? (
        <p role="alert" className="alert alert--error">
          {general}
        </p>
      ) : null}
      <div className="field-row">
        <Field label={t('evidence.kind')} errors={errors.kind}>
          {(control) => (
            <select
              {...control}
              value={kind}
              onChange={(event) => {
                setKind(event.target.value as ClaimInput['kind']);
                setUnit('');
              }}
            >
              {ADDABLE_CLAIM_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`evidence.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={t('evidence.pollutant')}
          errors={errors.pollutant}
          required={POLLUTANT_CLAIM_KINDS.includes(kind)}
        >
          {(control) => (
            <select {...control} value={pollutant} onChange={(event) => setPollutant(event.target.value)}>
              <option value="">{t('evidence.noPollutant')}</option>
              {props.pollutants.map((p) => (
                <option key={p} value={p}>
                  {labels.pollutant(p)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('evidence.value')} errors={errors.value}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              step="any"
              value={value}
              onChange={(event) => setValue(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('evidence.unit')} errors={errors.unit}>
          {(control) => (
            <select
              {...control}
              value={unit || units[0] || ''}
              onChange={(event) => setUnit(event.target.value)}
            >
              {units.map((u) => (
                <option key={u} value={u}>
                  {u}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <Field
        label={t('evidence.statement')}
        hint={t('evidence.statementHint')}
        errors={errors.statement}
        required
      >
        {(control) => (
          <input {...control} value={statement} onChange={(event) => setStatement(event.target.value)} />
        )}
      </Field>
      <button type="submit" className="button button--secondary">
        {t('evidence.add')}
      </button>
    </form>
  );
}
