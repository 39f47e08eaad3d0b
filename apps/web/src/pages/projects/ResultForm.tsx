import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RESULT_METRICS,
  type ProjectDetailView,
  type ResultInput,
  type ResultMetric,
  projects,
} from '../../api/project-endpoints';
import { NO_FORM_ERRORS, type FormErrors } from '../../api/problem';
import { Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { useLabels, useTaxonomy } from '../../taxonomy/labels';

const METRICS = Object.keys(RESULT_METRICS) as ResultMetric[];

/** Records a before/after pair; the API computes the reduction and names the field it cannot accept. */
export function ResultForm({ project }: { project: ProjectDetailView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  const toErrors = useFormErrorMapper();
  const queryClient = useQueryClient();
  const [form, setForm] = useState({
    deploymentId: project.deployments[0]?.id ?? '',
    pollutant: '',
    metric: 'stack-concentration' as ResultMetric,
    baselineValue: '',
    baselineUnit: 'mg/Nm3',
    afterValue: '',
    afterUnit: 'mg/Nm3',
    method: '',
    periodStart: '',
    periodEnd: '',
    evidenceUrl: '',
  });
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const set = (field: keyof typeof form) => (value: string) => setForm((f) => ({ ...f, [field]: value }));
  const record = useMutation({
    mutationFn: (input: ResultInput) => projects.recordResult(project.id, input),
    onSuccess: () => {
      setErrors(NO_FORM_ERRORS);
      void queryClient.invalidateQueries({ queryKey: ['projects', 'results', project.id] });
    },
    onError: (error) => setErrors(toErrors(error)),
  });
  const unitsOf = (metric: ResultMetric): readonly string[] => RESULT_METRICS[metric];
  const text = (field: keyof typeof form, label: string, type = 'text') => (
    <Field label={label} required errors={errors.fields[field]}>
      {(control) => (
        <input
          {...control}
          type={type}
          step={type === 'number' ? 'any' : undefined}
          value={form[field]}
          onChange={(e) => set(field)(e.target.value)}
        />
      )}
    </Field>
  );

  return (
    <form
      className="card"
      onSubmit={(event) => {
        event.preventDefault();
        record.mutate({
          ...form,
          baselineValue: Number(form.baselineValue),
          afterValue: Number(form.afterValue),
        });
      }}
    >
      <h3>{t('results.record')}</h3>
      <FormErrorSummary errors={errors} />
      <Field label={t('results.deployment')} required errors={errors.fields.deploymentId}>
        {(control) => (
          <select
            {...control}
            value={form.deploymentId}
            onChange={(e) => set('deploymentId')(e.target.value)}
          >
            {project.deployments.map((d) => (
              <option key={d.id} value={d.id}>
                {d.site}, {d.city}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('results.pollutant')} required errors={errors.fields.pollutant}>
        {(control) => (
          <select {...control} value={form.pollutant} onChange={(e) => set('pollutant')(e.target.value)}>
            <option value="">{t('form.choose')}</option>
            {(taxonomy?.pollutants ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {labels.pollutant(p.id)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t('results.metric')} required errors={errors.fields.metric}>
        {(control) => (
          <select
            {...control}
            value={form.metric}
            onChange={(e) => {
              const metric = e.target.value as ResultMetric;
              const unit = unitsOf(metric)[0] ?? '';
              setForm((f) => ({ ...f, metric, baselineUnit: unit, afterUnit: unit }));
            }}
          >
            {METRICS.map((metric) => (
              <option key={metric} value={metric}>
                {t(`results.metrics.${metric}`)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {text('baselineValue', t('results.baseline'), 'number')}
      {text('baselineUnit', t('results.unit'))}
      {text('afterValue', t('results.after'), 'number')}
      {text('afterUnit', t('results.afterUnit'))}
      {text('method', t('results.method'))}
      {text('periodStart', t('results.periodStart'), 'date')}
      {text('periodEnd', t('results.periodEnd'), 'date')}
      {text('evidenceUrl', t('results.evidenceUrl'), 'url')}
      <button type="submit" className="button" disabled={record.isPending}>
        {t('results.save')}
      </button>
    </form>
  );
}
