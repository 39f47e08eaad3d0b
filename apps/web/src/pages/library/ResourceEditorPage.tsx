import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { NO_FORM_ERRORS, type FormErrors } from '../../api/problem';
import { RESOURCE_KINDS, library, type ResourceKind, type ResourceView } from '../../api/library-endpoints';
import { ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { CountryPicker } from '../../components/CountryPicker';
import { CheckboxGroup, Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { useLabels, useTaxonomy } from '../../taxonomy/labels';
import { EMPTY, type Draft, draftOf, inputOf } from './resource-draft';

/** `/admin/library/new` and `/admin/library/:id`: write, save, publish and unpublish a resource. */
export function ResourceEditorPage() {
  const { id } = useParams();
  const existing = useQuery({
    queryKey: ['library-resource', id],
    queryFn: () => library.get(id!),
    enabled: id !== undefined,
  });
  if (id !== undefined && existing.isPending) return <Loading />;
  if (existing.isError) return <ErrorMessage error={existing.error} />;
  return <ResourceEditor key={id ?? 'new'} resource={existing.data} />;
}

function ResourceEditor({ resource: initial }: { resource: ResourceView | undefined }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  const navigate = useNavigate();
  const queries = useQueryClient();
  const mapErrors = useFormErrorMapper();
  const [resource, setResource] = useState(initial);
  const [draft, setDraft] = useState<Draft>(initial ? draftOf(initial) : EMPTY);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  // A new resource's editor moves to its own address once saved; the notice comes along.
  const location = useLocation();
  const [notice, setNotice] = useState(() => (location.state as { notice?: string } | null)?.notice ?? '');
  const [touched, setTouched] = useState(false);
  usePageTitle(
    resource ? t('library.editor.editTitle', { title: resource.title }) : t('library.editor.newTitle'),
  );
  useEffect(() => {
    if (touched) setNotice('');
  }, [draft, touched]);

  const done = (saved: ResourceView, message: string) => {
    setResource(saved);
    setErrors(NO_FORM_ERRORS);
    void queries.invalidateQueries({ queryKey: ['library-desk'] });
    queries.setQueryData(['library-resource', saved.id], saved);
    setTouched(false);
    setNotice(message);
    if (!resource) navigate(`/admin/library/${saved.id}`, { replace: true, state: { notice: message } });
  };
  const save = useMutation({
    mutationFn: () => {
      const input = inputOf(draft, resource);
      return resource
        ? library.update(resource.id, { ...input, version: resource.version })
        : library.create(input);
    },
    onSuccess: (saved) => done(saved, t('library.editor.saved')),
    onError: (error) => setErrors(mapErrors(error)),
  });
  const move = useMutation({
    mutationFn: (action: 'publish' | 'unpublish') =>
      library[action](resource!.id, resource!.version).then((saved) => ({ saved, action })),
    onSuccess: ({ saved, action }) =>
      done(saved, t(action === 'publish' ? 'library.editor.published' : 'library.editor.unpublished')),
    onError: (error) => setErrors(mapErrors(error)),
  });
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) => {
      setTouched(true);
      setDraft((d) => ({ ...d, [key]: value }));
    };
  const toggle = (key: 'pollutants' | 'sectors' | 'categories') => (value: string) => {
    setTouched(true);
    setDraft((d) => ({
      ...d,
      [key]: d[key].includes(value) ? d[key].filter((v) => v !== value) : [...d[key], value],
    }));
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  const fieldErrors = (name: string) =>
    Object.entries(errors.fields)
      .filter(([path]) => path === name || path.startsWith(`${name}.`))
      .flatMap(([, messages]) => messages);
  const zhErrors = (part: 'title' | 'body') => fieldErrors(`translations.0.${part}`);

  return (
    <>
      <PageHeader
        title={
          resource ? t('library.editor.editTitle', { title: resource.title }) : t('library.editor.newTitle')
        }
        actions={
          resource ? (
            <>
              <span className="badge">{t(`library.statuses.${resource.status}`)}</span>
              <Link className="button button--secondary" to={`/library/${resource.slug}`}>
                {t('library.editor.view')}
              </Link>
            </>
          ) : null
        }
      />
      <FormErrorSummary errors={errors} />
      {notice ? (
        <p role="status" className="alert alert--success">
          {notice}
        </p>
      ) : null}
      <form className="form library-editor" onSubmit={submit} noValidate>
        <Field label={t('library.editor.kind')} required errors={fieldErrors('kind')}>
          {(control) => (
            <select
              {...control}
              value={draft.kind}
              onChange={(e) => set('kind')(e.target.value as ResourceKind)}
            >
              {RESOURCE_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`library.kinds.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset>
          <legend>{t('library.editor.english')}</legend>
          <Field label={t('library.editor.titleField')} required errors={fieldErrors('title')}>
            {(control) => (
              <input
                {...control}
                lang="en"
                value={draft.title}
                onChange={(e) => set('title')(e.target.value)}
              />
            )}
          </Field>
          <Field
            label={t('library.editor.bodyField')}
            hint={t('library.editor.bodyHint')}
            required
            errors={fieldErrors('body')}
          >
            {(control) => (
              <textarea
                {...control}
                lang="en"
                rows={12}
                value={draft.body}
                onChange={(e) => set('body')(e.target.value)}
              />
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('library.editor.chinese')}</legend>
          <Field label={t('library.editor.zhTitle')} errors={zhErrors('title')}>
            {(control) => (
              <input
                {...control}
                lang="zh"
                value={draft.zhTitle}
                onChange={(e) => set('zhTitle')(e.target.value)}
              />
            )}
          </Field>
          <Field label={t('library.editor.zhBody')} errors={zhErrors('body')}>
            {(control) => (
              <textarea
                {...control}
                lang="zh"
                rows={8}
                value={draft.zhBody}
                onChange={(e) => set('zhBody')(e.target.value)}
              />
            )}
          </Field>
        </fieldset>
        <Field label={t('library.editor.date')} required errors={fieldErrors('date')}>
          {(control) => (
            <input
              {...control}
              type="date"
              value={draft.date}
              onChange={(e) => set('date')(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('library.editor.authors')}
          hint={t('library.editor.authorsHint')}
          errors={fieldErrors('authors')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={draft.authors}
              onChange={(e) => set('authors')(e.target.value)}
            />
          )}
        </Field>
        <CheckboxGroup
          legend={t('library.pollutants')}
          name="pollutants"
          options={(taxonomy?.pollutants ?? []).map((p) => ({ value: p.id, label: labels.pollutant(p.id) }))}
          selected={draft.pollutants}
          onToggle={toggle('pollutants')}
          errors={fieldErrors('pollutants')}
        />
        <CheckboxGroup
          legend={t('library.sectors')}
          name="sectors"
          options={(taxonomy?.sectors ?? []).flatMap((s) => [
            { value: s.id, label: labels.sector(s.id) },
            ...s.subSectors.map((sub) => ({ value: sub.id, label: labels.sector(sub.id) })),
          ])}
          selected={draft.sectors}
          onToggle={toggle('sectors')}
          errors={fieldErrors('sectors')}
        />
        <CheckboxGroup
          legend={t('library.categories')}
          name="categories"
          options={(taxonomy?.categoryGroups ?? []).flatMap((g) =>
            g.categories.map((c) => ({ value: c.id, label: labels.category(c.id) })),
          )}
          selected={draft.categories}
          onToggle={toggle('categories')}
          errors={fieldErrors('categories')}
        />
        <CountryPicker
          legend={t('library.countries')}
          selected={draft.countries}
          onChange={set('countries')}
          errors={fieldErrors('countries')}
        />
        <Field
          label={t('library.editor.links')}
          hint={t('library.editor.linksHint')}
          errors={fieldErrors('links')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={draft.links}
              onChange={(e) => set('links')(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('library.editor.files')}
          hint={t('library.editor.filesHint')}
          errors={fieldErrors('fileIds')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={draft.fileIds}
              onChange={(e) => set('fileIds')(e.target.value)}
            />
          )}
        </Field>
        <fieldset>
          <legend>{t('library.editor.related')}</legend>
          {(['technologyIds', 'needIds', 'eventIds'] as const).map((key) => (
            <Field
              key={key}
              label={t(`library.editor.${key}`)}
              hint={t('library.editor.idsHint')}
              errors={fieldErrors(key)}
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={2}
                  value={draft[key]}
                  onChange={(e) => set(key)(e.target.value)}
                />
              )}
            </Field>
          ))}
        </fieldset>
        <div className="form-actions">
          <button type="submit" className="button" disabled={save.isPending}>
            {t('library.editor.save')}
          </button>
          {resource?.status === 'draft' ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={move.isPending}
              onClick={() => move.mutate('publish')}
            >
              {t('library.editor.publish')}
            </button>
          ) : null}
          {resource?.status === 'published' ? (
            <button
              type="button"
              className="button button--secondary"
              disabled={move.isPending}
              onClick={() => move.mutate('unpublish')}
            >
              {t('library.editor.unpublish')}
            </button>
          ) : null}
        </div>
      </form>
    </>
  );
}
