import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { adminEvents, events } from '../../api/endpoints';
import { errorsUnder, NO_FORM_ERRORS, type FormErrors } from '../../api/problem';
import { EVENT_KINDS, type EventView } from '../../api/types';
import { EmptyState, ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { useLabels, useTaxonomy } from '../../taxonomy/labels';
import {
  emptyEventForm,
  eventFormFrom,
  eventInputFrom,
  type EventForm,
  type ProgrammeRow,
} from './event-form';

/** Admins create an event or edit one (with its programme), and cancel it. */
export function AdminEventEditorPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const event = useQuery({
    queryKey: ['event', id],
    queryFn: () => events.get(id!),
    enabled: id !== undefined,
  });
  usePageTitle(id ? t('adminEvents.editTitle') : t('adminEvents.newTitle'));
  if (id && event.isPending) return <Loading />;
  if (id && event.isError) return <ErrorMessage error={event.error} />;
  return (
    <EventEditor
      key={event.data ? `${event.data.id}-${event.data.version}` : 'new'}
      event={event.data}
      initial={event.data ? eventFormFrom(event.data) : emptyEventForm()}
    />
  );
}

function EventEditor({ event, initial }: { event: EventView | undefined; initial: EventForm }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const mapErrors = useFormErrorMapper();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const [saved, setSaved] = useState(false);
  const set = <K extends keyof EventForm>(key: K, value: EventForm[K]) => {
    setSaved(false);
    setForm((f) => ({ ...f, [key]: value }));
  };
  const setRow = (index: number, patch: Partial<ProgrammeRow>) =>
    set(
      'programme',
      form.programme.map((row, i) => (i === index ? { ...row, ...patch } : row)),
    );
  const cancelled = event?.status === 'cancelled';

  const save = useMutation({
    mutationFn: () => {
      const input = eventInputFrom(form);
      return event
        ? adminEvents.update(event.id, { ...input, version: event.version })
        : adminEvents.create(input);
    },
    onSuccess: (result) => {
      setErrors(NO_FORM_ERRORS);
      setSaved(true);
      queryClient.setQueryData(['event', result.id], result);
      void queryClient.invalidateQueries({ queryKey: ['admin-events'] });
      void queryClient.invalidateQueries({ queryKey: ['events'] });
      if (!event) void navigate(`/admin/events/${result.id}`);
    },
    onError: (error) => setErrors(mapErrors(error)),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate();
  };

  return (
    <>
      <p>
        <Link to="/admin/events">← {t('adminEvents.title')}</Link>
        {event ? (
          <>
            {' · '}
            <Link to={`/events/${event.id}`}>{t('adminEvents.view')}</Link>
            {' · '}
            <Link to={`/events/${event.id}/meetings`}>{t('meetingForms.manageLink')}</Link>
          </>
        ) : null}
      </p>
      <PageHeader
        title={event ? t('adminEvents.editTitle') : t('adminEvents.newTitle')}
        lead={t('adminEvents.editorLead')}
      />
      {cancelled ? (
        <div className="alert alert--warning" role="status">
          <p>{t('adminEvents.alreadyCancelled')}</p>
          <p>{t('eventPage.cancelledReason', { reason: event.cancellationReason ?? '' })}</p>
        </div>
      ) : null}
      <form onSubmit={submit} noValidate className="form">
        <fieldset disabled={cancelled || save.isPending}>
          <FormErrorSummary errors={errors} />
          <Field label={t('adminEvents.fieldTitle')} errors={errors.fields.title} required>
            {(control) => (
              <input {...control} value={form.title} onChange={(e) => set('title', e.target.value)} />
            )}
          </Field>
          <Field label={t('adminEvents.kind')} errors={errors.fields.kind} required>
            {(control) => (
              <select
                {...control}
                value={form.kind}
                onChange={(e) => set('kind', e.target.value as EventForm['kind'])}
              >
                {EVENT_KINDS.map((kind) => (
                  <option key={kind} value={kind}>
                    {t(`events.kinds.${kind}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('adminEvents.timeZone')}
            hint={t('adminEvents.timeZoneHint')}
            errors={errors.fields.timeZone}
            required
          >
            {(control) => (
              <input {...control} value={form.timeZone} onChange={(e) => set('timeZone', e.target.value)} />
            )}
          </Field>
          <Field label={t('adminEvents.startsAt')} errors={errors.fields.startsAt} required>
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                value={form.startsAt}
                onChange={(e) => set('startsAt', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('adminEvents.endsAt')} errors={errors.fields.endsAt} required>
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                value={form.endsAt}
                onChange={(e) => set('endsAt', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('adminEvents.city')} errors={errors.fields.city}>
            {(control) => (
              <input {...control} value={form.city} onChange={(e) => set('city', e.target.value)} />
            )}
          </Field>
          <Field label={t('adminEvents.country')} errors={errors.fields.country}>
            {(control) => (
              <select {...control} value={form.country} onChange={(e) => set('country', e.target.value)}>
                <option value="">{t('adminEvents.noCountry')}</option>
                {(taxonomy?.countries ?? []).map((c) => (
                  <option key={c.id} value={c.id}>
                    {labels.country(c.id)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={t('adminEvents.onlineUrl')}
            hint={t('adminEvents.onlineUrlHint')}
            errors={errors.fields.onlineUrl}
          >
            {(control) => (
              <input
                {...control}
                type="url"
                value={form.onlineUrl}
                onChange={(e) => set('onlineUrl', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('adminEvents.organiser')} errors={errors.fields.organiser} required>
            {(control) => (
              <input {...control} value={form.organiser} onChange={(e) => set('organiser', e.target.value)} />
            )}
          </Field>
          <Field label={t('adminEvents.description')} errors={errors.fields.description} required>
            {(control) => (
              <textarea
                {...control}
                rows={5}
                value={form.description}
                onChange={(e) => set('description', e.target.value)}
              />
            )}
          </Field>
          <fieldset className="programme-editor">
            <legend>{t('adminEvents.programme')}</legend>
            <p className="hint">{t('adminEvents.programmeHint')}</p>
            {form.programme.map((row, index) => (
              <div className="programme-item" key={index}>
                <Field
                  label={t('adminEvents.itemTime', { n: index + 1 })}
                  errors={errorsUnder(errors, `programme.${index}.startsAt`)}
                  required
                >
                  {(control) => (
                    <input
                      {...control}
                      type="datetime-local"
                      value={row.startsAt}
                      onChange={(e) => setRow(index, { startsAt: e.target.value })}
                    />
                  )}
                </Field>
                <Field
                  label={t('adminEvents.itemTitle', { n: index + 1 })}
                  errors={errorsUnder(errors, `programme.${index}.title`)}
                  required
                >
                  {(control) => (
                    <input
                      {...control}
                      value={row.title}
                      onChange={(e) => setRow(index, { title: e.target.value })}
                    />
                  )}
                </Field>
                <Field
                  label={t('adminEvents.itemSpeaker', { n: index + 1 })}
                  errors={errorsUnder(errors, `programme.${index}.speaker`)}
                >
                  {(control) => (
                    <input
                      {...control}
                      value={row.speaker}
                      onChange={(e) => setRow(index, { speaker: e.target.value })}
                    />
                  )}
                </Field>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() =>
                    set(
                      'programme',
                      form.programme.filter((_, i) => i !== index),
                    )
                  }
                >
                  {t('adminEvents.removeItem', { n: index + 1 })}
                </button>
              </div>
            ))}
            <button
              type="button"
              className="button button--secondary button--small"
              onClick={() =>
                set('programme', [...form.programme, { startsAt: form.startsAt, title: '', speaker: '' }])
              }
            >
              {t('adminEvents.addItem')}
            </button>
          </fieldset>
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={form.showAttendees}
                onChange={(e) => set('showAttendees', e.target.checked)}
              />{' '}
              {t('adminEvents.showAttendees')}
            </label>
          </div>
          <div className="field">
            <label>
              <input
                type="checkbox"
                checked={form.published}
                onChange={(e) => set('published', e.target.checked)}
              />{' '}
              {t('adminEvents.publishNow')}
            </label>
          </div>
          <div className="form-actions">
            <button type="submit" className="button" disabled={save.isPending}>
              {save.isPending ? t('adminEvents.saving') : t('adminEvents.save')}
            </button>
          </div>
          {saved ? (
            <p role="status" className="alert alert--success">
              {t('adminEvents.saved')}
            </p>
          ) : null}
        </fieldset>
      </form>
      {event ? <Registrations eventId={event.id} /> : null}
      {event && !cancelled ? <CancelEvent event={event} /> : null}
    </>
  );
}

function Registrations({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['event', eventId, 'registrations'],
    queryFn: () => adminEvents.attendees(eventId),
  });
  return (
    <section aria-labelledby="registrations-heading">
      <h2 id="registrations-heading">{t('adminEvents.registrations')}</h2>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('eventPage.noAttendees')}</EmptyState> : null}
      <ul>
        {list.data?.items.map((attendee) => (
          <li key={attendee.organization.id}>
            <Link to={`/organizations/${attendee.organization.id}`}>{attendee.organization.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Two steps: the reason, then an explicit confirmation naming the event. */
function CancelEvent({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mapErrors = useFormErrorMapper();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(NO_FORM_ERRORS);
  const cancel = useMutation({
    mutationFn: () => adminEvents.cancel(event.id, event.version, reason),
    // The editor is keyed by version: the cancelled event replaces it, read-only, with its reason.
    onSuccess: (result) => {
      queryClient.setQueryData(['event', result.id], result);
      void queryClient.invalidateQueries({ queryKey: ['admin-events'] });
      void queryClient.invalidateQueries({ queryKey: ['events'] });
    },
    onError: (error) => {
      setConfirming(false);
      setErrors(mapErrors(error));
    },
  });
  return (
    <section aria-labelledby="cancel-heading" className="card">
      <h2 id="cancel-heading">{t('adminEvents.cancelTitle')}</h2>
      <p>{t('adminEvents.cancelLead')}</p>
      <FormErrorSummary errors={{ ...errors, fields: {} }} />
      <Field label={t('adminEvents.reason')} errors={errors.fields.reason} required>
        {(control) => (
          <textarea
            {...control}
            rows={3}
            value={reason}
            onChange={(e) => {
              setConfirming(false);
              setReason(e.target.value);
            }}
          />
        )}
      </Field>
      {confirming ? (
        <div className="form-actions" role="group" aria-label={t('adminEvents.cancelTitle')}>
          <button
            type="button"
            className="button button--danger"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate()}
          >
            {t('adminEvents.confirmCancel', { title: event.title })}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setConfirming(false)}>
            {t('adminEvents.keep')}
          </button>
        </div>
      ) : (
        <button type="button" className="button button--secondary" onClick={() => setConfirming(true)}>
          {t('adminEvents.cancelEvent')}
        </button>
      )}
    </section>
  );
}
