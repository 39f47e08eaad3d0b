import { useMutation, useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { adminMatches, needs, technologies } from '../../api/endpoints';
import { NO_FORM_ERRORS } from '../../api/problem';
import { PageHeader, usePageTitle } from '../../components/common';
import { Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { useLabels } from '../../taxonomy/labels';

/** A curator pairs an open need with a published listing the automatic matching did not propose. */
export function AddMatchPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const mapErrors = useFormErrorMapper();
  const [needId, setNeedId] = useState(params.get('needId') ?? '');
  const [technologyQuery, setTechnologyQuery] = useState('');
  const [technologyId, setTechnologyId] = useState('');
  const [note, setNote] = useState('');
  usePageTitle(t('addMatch.title'));
  const openNeeds = useQuery({
    queryKey: ['needs', 'open', 'all'],
    queryFn: () => needs.list({ status: 'open', limit: 100 }),
  });
  const candidates = useQuery({
    queryKey: ['technology-search', 'add-match', technologyQuery],
    queryFn: () => technologies.search({ q: technologyQuery || undefined, limit: 30 }),
  });
  const add = useMutation({
    mutationFn: () => adminMatches.add(needId, technologyId, note.trim()),
    onSuccess: (match) => void navigate(`/admin/matches?needId=${match.need.id}`),
  });
  const errors = add.isError ? mapErrors(add.error) : NO_FORM_ERRORS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    add.mutate();
  };
  return (
    <div className="narrow">
      <PageHeader title={t('addMatch.title')} lead={t('addMatch.lead')} />
      <p>
        <Link to="/admin/matches">← {t('curation.title')}</Link>
      </p>
      <form className="form" onSubmit={submit} noValidate>
        <FormErrorSummary errors={errors} />
        <Field label={t('addMatch.need')} errors={errors.fields.needId} required>
          {(control) => (
            <select {...control} value={needId} onChange={(e) => setNeedId(e.target.value)}>
              <option value="">{t('form.choose')}</option>
              {openNeeds.data?.items.map((need) => (
                <option key={need.id} value={need.id}>
                  {need.title} — {need.organization?.name ?? '—'} ({labels.country(need.country)})
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('addMatch.findTechnology')}>
          {(control) => (
            <input
              {...control}
              type="search"
              value={technologyQuery}
              onChange={(e) => setTechnologyQuery(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('addMatch.technology')} errors={errors.fields.technologyId} required>
          {(control) => (
            <select {...control} value={technologyId} onChange={(e) => setTechnologyId(e.target.value)}>
              <option value="">{t('form.choose')}</option>
              {candidates.data?.items.map((hit) => (
                <option key={hit.id} value={hit.id}>
                  {hit.title} — {hit.vendor.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('addMatch.note')} hint={t('addMatch.noteHint')} errors={errors.fields.note}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={add.isPending || !needId || !technologyId}>
          {t('addMatch.submit')}
        </button>
      </form>
    </div>
  );
}
