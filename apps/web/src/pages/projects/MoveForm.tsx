import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  END_REASONS,
  FINANCING_KINDS,
  type ProjectDetailView,
  type ProjectStage,
  type ProposeMoveInput,
  projects,
} from '../../api/project-endpoints';
import { NO_FORM_ERRORS, type FormErrors } from '../../api/problem';
import { Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { stagesToOffer, today } from './move-options';

/** Proposes the next step; a contract, a deployment or an end reason is asked for with the stage that needs it. */
export function MoveForm({ project }: { project: ProjectDetailView }) {
  const { t } = useTranslation();
  const toErrors = useFormErrorMapper();
  const queryClient = useQueryClient();
  const offered = stagesToOffer(project);
  const [toStage, setToStage] = useState<ProjectStage | ''>('');
  const [date, setDate] = useState(today());
  const [note, setNote] = useState('');
  const [valueUsd, setValueUsd] = useState('');
  const [financing, setFinancing] = useState('');
  const [country, setCountry] = useState('');
  const [city, setCity] = useState('');
  const [site, setSite] = useState('');
  const [units, setUnits] = useState('');
  const [endReason, setEndReason] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);

  const propose = useMutation({
    mutationFn: (input: ProposeMoveInput) => projects.propose(project.id, input),
    onSuccess: (updated) => {
      setErrors(NO_FORM_ERRORS);
      setToStage('');
      setNote('');
      queryClient.setQueryData(['projects', 'one', project.id], updated);
      void queryClient.invalidateQueries({ queryKey: ['projects', 'list'] });
    },
    onError: (error) => setErrors(toErrors(error)),
  });
  if (offered.length === 0) return null;

  const submit = () => {
    if (!toStage) return;
    const input: ProposeMoveInput = { toStage, date, ...(note.trim() ? { note: note.trim() } : {}) };
    if (toStage === 'contract-signed') {
      input.contract = { valueUsd: Number(valueUsd), financing: financing as never };
    }
    if (toStage === 'deployed') {
      input.deployment = { country: country.trim().toUpperCase(), city, site, units: Number(units) };
    }
    if (toStage === 'ended') input.endReason = endReason as never;
    propose.mutate(input);
  };
  const fieldErrors = (path: string) => errors.fields[path];

  return (
    <section className="card">
      <h2>{t('projects.propose')}</h2>
      <p className="hint">{t('projects.proposeHint')}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <FormErrorSummary errors={errors} />
        <Field label={t('projects.toStage')} required errors={fieldErrors('toStage')}>
          {(control) => (
            <select {...control} value={toStage} onChange={(e) => setToStage(e.target.value as ProjectStage)}>
              <option value="">{t('form.choose')}</option>
              {offered.map((stage) => (
                <option key={stage} value={stage}>
                  {t(`stage.${stage}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('projects.date')} required errors={fieldErrors('date')}>
          {(control) => (
            <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          )}
        </Field>
        {toStage === 'contract-signed' ? (
          <fieldset>
            <legend>{t('projects.contract')}</legend>
            <Field
              label={t('projects.valueUsd')}
              required
              errors={fieldErrors('contract.valueUsd') ?? fieldErrors('contract')}
            >
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min="0"
                  step="0.01"
                  value={valueUsd}
                  onChange={(e) => setValueUsd(e.target.value)}
                />
              )}
            </Field>
            <Field label={t('projects.financing')} required errors={fieldErrors('contract.financing')}>
              {(control) => (
                <select {...control} value={financing} onChange={(e) => setFinancing(e.target.value)}>
                  <option value="">{t('form.choose')}</option>
                  {FINANCING_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`financing.${kind}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </fieldset>
        ) : null}
        {toStage === 'deployed' ? (
          <fieldset>
            <legend>{t('projects.deployment')}</legend>
            <Field
              label={t('projects.country')}
              required
              hint="ISO: NP, LK, IN…"
              errors={fieldErrors('deployment.country')}
            >
              {(control) => (
                <input
                  {...control}
                  value={country}
                  maxLength={2}
                  onChange={(e) => setCountry(e.target.value)}
                />
              )}
            </Field>
            <Field label={t('projects.city')} required errors={fieldErrors('deployment.city')}>
              {(control) => <input {...control} value={city} onChange={(e) => setCity(e.target.value)} />}
            </Field>
            <Field label={t('projects.site')} required errors={fieldErrors('deployment.site')}>
              {(control) => <input {...control} value={site} onChange={(e) => setSite(e.target.value)} />}
            </Field>
            <Field label={t('projects.units')} required errors={fieldErrors('deployment.units')}>
              {(control) => (
                <input
                  {...control}
                  type="number"
                  min="1"
                  value={units}
                  onChange={(e) => setUnits(e.target.value)}
                />
              )}
            </Field>
          </fieldset>
        ) : null}
        {toStage === 'ended' ? (
          <Field label={t('projects.endReason')} required errors={fieldErrors('endReason')}>
            {(control) => (
              <select {...control} value={endReason} onChange={(e) => setEndReason(e.target.value)}>
                <option value="">{t('form.choose')}</option>
                {END_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(`endReason.${reason}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={t('projects.note')} errors={fieldErrors('note')}>
          {(control) => (
            <textarea {...control} value={note} rows={2} onChange={(e) => setNote(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button" disabled={!toStage || propose.isPending}>
          {t('projects.submit')}
        </button>
      </form>
    </section>
  );
}
