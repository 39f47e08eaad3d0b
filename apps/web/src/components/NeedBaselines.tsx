import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type BaselineInput,
  RESULT_METRICS,
  type ResultMetric,
  needBaselines,
} from '../api/project-endpoints';
import { NO_FORM_ERRORS, type FormErrors } from '../api/problem';
import { formatDate, formatNumber } from '../i18n/format';
import { useLabels, useTaxonomy, useUiLanguage } from '../taxonomy/labels';
import { ErrorMessage } from './common';
import { Field, FormErrorSummary, useFormErrorMapper } from './forms';

const EMPTY = {
  pollutant: '',
  metric: 'ambient-concentration' as ResultMetric,
  unit: 'µg/m3',
  value: '',
  method: '',
  periodStart: '',
  periodEnd: '',
  evidenceUrl: '',
};

/** A need's air quality before any match; the agency that posted it adds evidence. */
export function NeedBaselines({ needId, editable }: { needId: string; editable: boolean }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const { data: taxonomy } = useTaxonomy();
  const toErrors = useFormErrorMapper();
  const queryClient = useQueryClient();
  const key = ['need-baselines', needId];
  const list = useQuery({ queryKey: key, queryFn: () => needBaselines.list(needId) });
  const [form, setForm] = useState(EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const add = useMutation({
    mutationFn: (input: BaselineInput) => needBaselines.add(needId, input),
    onSuccess: () => {
      setForm(EMPTY);
      setErrors(NO_FORM_ERRORS);
      void queryClient.invalidateQueries({ queryKey: key });
    },
    onError: (error) => setErrors(toErrors(error)),
  });
  const input = (field: keyof typeof EMPTY, label: string, type = 'text') => (
    <Field label={label} required errors={errors.fields[field]}>
      {(control) => (
        <input
          {...control}
          type={type}
          step={type === 'number' ? 'any' : undefined}
          value={form[field]}
          onChange={(e) => setForm((f) => ({ ...f, [field]: e.target.value }))}
        />
      )}
    </Field>
  );

  return (
    <section aria-labelledby="baselines-heading">
      <h2 id="baselines-heading">{t('baselines.title')}</h2>
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data && list.data.items.length === 0 ? <p>{t('baselines.empty')}</p> : null}
      <ul>
        {(list.data?.items ?? []).map((b) => (
          <li key={b.id}>
            {labels.pollutant(b.pollutant)} · {t(`results.metrics.${b.metric}`)}:{' '}
            {formatNumber(b.value, language)} {b.unit} ({formatDate(b.periodStart, language, 'UTC')} –{' '}
            {formatDate(b.periodEnd, language, 'UTC')}, {b.method}) ·{' '}
            <a href={b.evidenceUrl} rel="noopener noreferrer" target="_blank">
              {t('results.evidence')}
            </a>
          </li>
        ))}
      </ul>
      {editable ? (
        <form
          className="card"
          onSubmit={(event) => {
            event.preventDefault();
            add.mutate({ ...form, value: Number(form.value) });
          }}
        >
          <h3>{t('baselines.add')}</h3>
          <FormErrorSummary errors={errors} />
          <Field label={t('results.pollutant')} required errors={errors.fields.pollutant}>
            {(control) => (
              <select
                {...control}
                value={form.pollutant}
                onChange={(e) => setForm((f) => ({ ...f, pollutant: e.target.value }))}
              >
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
                  const units: readonly string[] = RESULT_METRICS[metric];
                  setForm((f) => ({ ...f, metric, unit: units[0] ?? '' }));
                }}
              >
                {(Object.keys(RESULT_METRICS) as ResultMetric[]).map((metric) => (
                  <option key={metric} value={metric}>
                    {t(`results.metrics.${metric}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {input('value', t('baselines.value'), 'number')}
          {input('unit', t('results.unit'))}
          {input('method', t('results.method'))}
          {input('periodStart', t('results.periodStart'), 'date')}
          {input('periodEnd', t('results.periodEnd'), 'date')}
          {input('evidenceUrl', t('results.evidenceUrl'), 'url')}
          <button type="submit" className="button" disabled={add.isPending}>
            {t('baselines.save')}
          </button>
        </form>
      ) : null}
    </section>
  );
}
