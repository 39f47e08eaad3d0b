import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import { technologies } from '../../api/endpoints';
import { NO_FORM_ERRORS, type FormErrors } from '../../api/problem';
import type { TechnologyView } from '../../api/types';
import { ErrorMessage, Loading, PageHeader, StatusBadge, usePageTitle } from '../../components/common';
import { FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { assertValid } from '../../components/form-validation';
import { FittingNeeds } from './FittingNeeds';
import { ListingFields } from './ListingFields';
import { ListingEvidenceSection } from './ListingEvidenceSection';
import { ListingFilesSection } from './ListingFilesSection';
import { VerdictSection } from '../reviews/VerdictSection';
import { EMPTY_LISTING_FORM, listingFormFrom, listingInputFrom, type ListingForm } from './listing-form';

const EDITABLE = new Set(['draft', 'changes_requested', 'published']);
const SUBMITTABLE = new Set(['draft', 'changes_requested']);

export function ListingEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const listing = useQuery({
    queryKey: ['technology', id],
    queryFn: () => technologies.get(id!),
    enabled: id !== undefined,
  });
  usePageTitle(id ? t('listingEditor.editTitle') : t('listingEditor.newTitle'));
  if (id && listing.isPending) return <Loading />;
  if (id && listing.isError) return <ErrorMessage error={listing.error} />;
  return <ListingEditor key={id ?? 'new'} listing={listing.data} />;
}

function ListingEditor({ listing }: { listing: TechnologyView | undefined }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mapErrors = useFormErrorMapper();
  const [saved, setSaved] = useState<TechnologyView | undefined>(listing);
  const [form, setForm] = useState<ListingForm>(listing ? listingFormFrom(listing) : EMPTY_LISTING_FORM);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const location = useLocation();
  const [notice, setNotice] = useState<string | undefined>(
    (location.state as { notice?: string } | null)?.notice,
  );
  const baseline = useMemo(
    () => JSON.stringify(saved ? listingFormFrom(saved) : EMPTY_LISTING_FORM),
    [saved],
  );
  const dirty = JSON.stringify(form) !== baseline;
  const status = saved?.status ?? 'draft';
  const editable = EDITABLE.has(status);

  const remember = (view: TechnologyView) => {
    setSaved(view);
    queryClient.setQueryData(['technology', view.id], view);
    void queryClient.invalidateQueries({ queryKey: ['my-listings'] });
  };

  /** Saves when something changed; answers the listing as stored, or undefined when the API refused it. */
  const save = async (): Promise<TechnologyView | undefined> => {
    const { input, fieldOf } = listingInputFrom(form);
    try {
      assertValid('TechnologyInput', input);
      const view = saved
        ? await technologies.update(saved.id, { ...input, version: saved.version })
        : await technologies.create(input);
      setErrors(NO_FORM_ERRORS);
      remember(view);
      return view;
    } catch (error) {
      setErrors(mapErrors(error, { fieldOf }));
      return undefined;
    }
  };

  /** A new listing moves to its own URL once stored; the cache already holds it, so the page shows it at once. */
  const announce = (view: TechnologyView | undefined, message: string) => {
    if (!view) return;
    if (listing) setNotice(message);
    else void navigate(`/vendor/listings/${view.id}`, { replace: true, state: { notice: message } });
  };

  const saveMutation = useMutation({
    mutationFn: save,
    onSuccess: (view) => announce(view, t('listingEditor.saved')),
  });
  const submitMutation = useMutation({
    mutationFn: async () => {
      const current = dirty || !saved ? await save() : saved;
      if (!current) return undefined;
      const submitted = await technologies.submit(current.id, current.version);
      remember(submitted);
      return submitted;
    },
    onSuccess: (view) => announce(view, t('listingEditor.submitted')),
    onError: (error) => setErrors(mapErrors(error)),
  });
  const busy = saveMutation.isPending || submitMutation.isPending;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setNotice(undefined);
    saveMutation.mutate();
  };
  const set = <K extends keyof ListingForm>(key: K, value: ListingForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));

  return (
    <>
      <PageHeader
        title={saved ? saved.title || t('listingEditor.editTitle') : t('listingEditor.newTitle')}
        actions={
          <>
            {saved ? <StatusBadge status={status} group="technology" /> : null}
            {saved?.status === 'published' ? (
              <Link to={`/technologies/${saved.id}`}>{t('listingEditor.viewPublic')}</Link>
            ) : null}
          </>
        }
      />
      <p>
        <Link to="/vendor/listings">← {t('nav.myListings')}</Link>
      </p>
      {status === 'changes_requested' && saved?.changesRequestedReason ? (
        <div className="alert alert--warning" role="note">
          <p>
            <strong>{t('listingEditor.changesRequested')}</strong>
          </p>
          <p>{saved.changesRequestedReason}</p>
        </div>
      ) : null}
      {status === 'submitted' ? <p className="alert alert--info">{t('listingEditor.inReview')}</p> : null}
      {status === 'published' ? <p className="note">{t('listingEditor.publishedNote')}</p> : null}
      {saved?.status === 'published' ? <FittingNeeds technologyId={saved.id} /> : null}
      {notice ? (
        <p className="alert alert--success" role="status">
          {notice}
        </p>
      ) : null}
      <form onSubmit={onSubmit} noValidate className="form listing-form">
        <FormErrorSummary errors={errors} source={errors} />
        <fieldset disabled={!editable || busy} className="plain">
          <ListingFields form={form} set={set} errors={errors} />
        </fieldset>
        <div className="form-actions sticky-actions">
          {editable ? (
            <button
              type="submit"
              className="button button--secondary"
              disabled={busy || (saved !== undefined && !dirty)}
            >
              {saved ? t('listingEditor.save') : t('listingEditor.saveDraft')}
            </button>
          ) : null}
          {SUBMITTABLE.has(status) ? (
            <button type="button" className="button" disabled={busy} onClick={() => submitMutation.mutate()}>
              {status === 'changes_requested' ? t('listingEditor.resubmit') : t('listingEditor.submit')}
            </button>
          ) : null}
          {dirty && editable ? <span className="hint">{t('listingEditor.unsaved')}</span> : null}
        </div>
      </form>
      {saved ? (
        <ListingFilesSection
          listingId={saved.id}
          listingTitle={saved.title}
          editable={editable}
          isPublic={saved.status === 'published'}
        />
      ) : (
        <p className="note">{t('files.saveFirst')}</p>
      )}
      {saved ? (
        <ListingEvidenceSection listingId={saved.id} pollutants={saved.pollutants} editable={editable} />
      ) : (
        <p className="note">{t('evidence.saveFirst')}</p>
      )}
      {saved ? <VerdictSection technologyId={saved.id} /> : null}
    </>
  );
}
