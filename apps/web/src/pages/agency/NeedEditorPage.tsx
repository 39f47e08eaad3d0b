import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { needs } from '../../api/endpoints';
import { errorsUnder, NO_FORM_ERRORS, type FormErrors } from '../../api/problem';
import type { NeedView } from '../../api/types';
import { ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { CheckboxGroup, Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { assertValid } from '../../components/form-validation';
import { useMe } from '../../session/session';
import { useLabels, useTaxonomy } from '../../taxonomy/labels';
import { emptyNeedForm, needFormFrom, needInputFrom, type NeedForm } from './need-form';
import { NeedScaleFields, NeedWantsField } from './NeedIntentFields';
import { NeedAreaFields, NeedOutletLimitFields, NeedSiteFields } from './NeedSiteFields';
import { NeedTranslationsSection } from './NeedTranslations';

export function NeedEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const need = useQuery({ queryKey: ['need', id], queryFn: () => needs.get(id!), enabled: id !== undefined });
  usePageTitle(id ? t('needEditor.editTitle') : t('needEditor.newTitle'));
  if ((id && need.isPending) || me.isPending) return <Loading />;
  if (id && need.isError) return <ErrorMessage error={need.error} />;
  const organization = me.data?.organization;
  const initial = need.data
    ? needFormFrom(need.data)
    : emptyNeedForm(organization?.country, organization?.city);
  return <NeedEditor key={id ?? 'new'} need={need.data} initial={initial} />;
}

function NeedEditor({ need, initial }: { need: NeedView | undefined; initial: NeedForm }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mapErrors = useFormErrorMapper();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const set = <K extends keyof NeedForm>(key: K, value: NeedForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const toggle = (key: 'pollutants' | 'sectors' | 'dealTypes' | 'languages') => (value: string) =>
    set(key, form[key].includes(value) ? form[key].filter((v) => v !== value) : [...form[key], value]);

  const save = useMutation({
    mutationFn: async (andOpen: boolean) => {
      const input = needInputFrom(form);
      assertValid('NeedInput', input);
      let saved = need
        ? await needs.update(need.id, { ...input, version: need.version })
        : await needs.create(input);
      if (andOpen && saved.status === 'draft') saved = await needs.open(saved.id, saved.version);
      return saved;
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(['need', saved.id], saved);
      void queryClient.invalidateQueries({ queryKey: ['my-needs'] });
      void navigate(`/agency/needs/${saved.id}`);
    },
    onError: (error) => setErrors(mapErrors(error)),
  });
  const submit = (andOpen: boolean) => (event?: FormEvent) => {
    event?.preventDefault();
    save.mutate(andOpen);
  };
  if (!taxonomy) return <Loading />;

  return (
    <>
      <PageHeader
        title={need ? t('needEditor.editTitle') : t('needEditor.newTitle')}
        lead={t('needEditor.lead')}
      />
      <p>
        <Link to={need ? `/agency/needs/${need.id}` : '/agency/needs'}>
          ← {need ? need.title : t('nav.myNeeds')}
        </Link>
      </p>
      <form onSubmit={submit(false)} noValidate className="form">
        <FormErrorSummary errors={errors} source={errors} />
        <Field label={t('needEditor.title')} errors={errors.fields.title} required>
          {(control) => (
            <input
              {...control}
              name="title"
              maxLength={200}
              value={form.title}
              onChange={(e) => set('title', e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('need.description')}
          hint={t('needEditor.descriptionHint')}
          errors={errors.fields.description}
          required
        >
          {(control) => (
            <textarea
              {...control}
              name="description"
              rows={6}
              maxLength={10000}
              value={form.description}
              onChange={(e) => set('description', e.target.value)}
            />
          )}
        </Field>
        <NeedWantsField form={form} set={set} errors={errors} />
        <CheckboxGroup
          legend={`${t('technology.pollutants')} (${t('form.required')})`}
          name="pollutants"
          className="columns"
          options={taxonomy.pollutants.map((p) => ({ value: p.id, label: labels.pollutant(p.id) }))}
          selected={form.pollutants}
          onToggle={toggle('pollutants')}
          errors={errorsUnder(errors, 'pollutants')}
        />
        <CheckboxGroup
          legend={`${t('technology.sectors')} (${t('form.required')})`}
          name="sectors"
          className="columns sector-options"
          options={taxonomy.sectors
            .flatMap((s) => [s, ...s.subSectors])
            .map((s) => ({ value: s.id, label: labels.sector(s.id) }))}
          selected={form.sectors}
          onToggle={toggle('sectors')}
          errors={errorsUnder(errors, 'sectors')}
        />
        <div className="field-row">
          <Field label={t('need.country')} errors={errors.fields.country} required>
            {(control) => (
              <select
                {...control}
                name="country"
                value={form.country}
                onChange={(e) => set('country', e.target.value)}
              >
                <option value="">{t('form.choose')}</option>
                {taxonomy.countries.map((c) => (
                  <option key={c.id} value={c.id}>
                    {labels.country(c.id)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('organization.city')} errors={errors.fields.city} required>
            {(control) => (
              <input
                {...control}
                name="city"
                value={form.city}
                onChange={(e) => set('city', e.target.value)}
              />
            )}
          </Field>
        </div>
        <div className="field-row">
          <Field label={t('needEditor.budgetMin')} errors={errors.fields.budgetMinUsd}>
            {(control) => (
              <input
                {...control}
                name="budgetMinUsd"
                type="number"
                min={0}
                step={1000}
                value={form.budgetMinUsd}
                onChange={(e) => set('budgetMinUsd', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('needEditor.budgetMax')} errors={errors.fields.budgetMaxUsd}>
            {(control) => (
              <input
                {...control}
                name="budgetMaxUsd"
                type="number"
                min={0}
                step={1000}
                value={form.budgetMaxUsd}
                onChange={(e) => set('budgetMaxUsd', e.target.value)}
              />
            )}
          </Field>
        </div>
        <NeedScaleFields form={form} set={set} errors={errors} />
        <NeedAreaFields form={form} set={set} errors={errors} />
        <NeedOutletLimitFields form={form} set={set} errors={errors} />
        <NeedSiteFields form={form} set={set} errors={errors} />
        <div className="field-row">
          <Field label={t('need.minTrl')} errors={errors.fields.minTrl}>
            {(control) => (
              <select
                {...control}
                name="minTrl"
                value={form.minTrl}
                onChange={(e) => set('minTrl', e.target.value)}
              >
                <option value="">{t('search.anyTrl')}</option>
                {taxonomy.trl.map((level) => (
                  <option key={level.level} value={level.level}>
                    {level.level} — {labels.trl(level.level)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('need.deadline')}
            hint={t('needEditor.deadlineHint')}
            errors={errors.fields.deadline}
            required
          >
            {(control) => (
              <input
                {...control}
                name="deadline"
                type="date"
                value={form.deadline}
                onChange={(e) => set('deadline', e.target.value)}
              />
            )}
          </Field>
        </div>
        <CheckboxGroup
          legend={t('needEditor.dealTypes')}
          className="columns"
          options={taxonomy.dealTypes.map((d) => ({ value: d.id, label: labels.dealType(d.id) }))}
          selected={form.dealTypes}
          onToggle={toggle('dealTypes')}
          errors={errorsUnder(errors, 'dealTypes')}
        />
        <CheckboxGroup
          legend={t('needEditor.languages')}
          className="columns"
          options={taxonomy.languages
            .slice(0, 12)
            .map((l) => ({ value: l.id, label: labels.language(l.id) }))}
          selected={form.languages}
          onToggle={toggle('languages')}
          errors={errorsUnder(errors, 'languages')}
        />
        <NeedTranslationsSection
          translations={form.translations}
          set={(translations) => set('translations', translations)}
          errors={errors}
        />
        <div className="form-actions">
          <button type="submit" className="button button--secondary" disabled={save.isPending}>
            {need && need.status !== 'draft' ? t('common.save') : t('needEditor.saveDraft')}
          </button>
          {!need || need.status === 'draft' ? (
            <button type="button" className="button" disabled={save.isPending} onClick={() => submit(true)()}>
              {t('needEditor.saveAndOpen')}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
