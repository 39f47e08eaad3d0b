import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { notificationSettings } from '../../api/endpoints';
import { errorsUnder, NO_FORM_ERRORS } from '../../api/problem';
import type { NotificationKind } from '../../api/types';
import { EmptyState, ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { CheckboxGroup, Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { useMe } from '../../session/session';

const KINDS: NotificationKind[] = [
  'match.introduced',
  'match.connected',
  'match.declined',
  'match.message',
  'project.move-proposed',
  'project.stalled',
  'listing.published',
  'listing.changes-requested',
  'listing.expired',
  'saved-search.hit',
  'saved-need-search.hit',
  'event.cancelled',
  'review.verdict-published',
  'review.verdict-expired',
  'organization.verification',
];

export function NotificationSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('notificationSettings.title'));
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} />;
  const organizationId = me.data.organization?.id;
  return (
    <>
      <PageHeader title={t('notificationSettings.title')} lead={t('notificationSettings.lead')} />
      {organizationId ? (
        <>
          <Channels organizationId={organizationId} />
          <Webhooks organizationId={organizationId} />
        </>
      ) : null}
    </>
  );
}

function Channels({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const key = ['notification-settings', organizationId];
  const settings = useQuery({ queryKey: key, queryFn: () => notificationSettings.get(organizationId) });
  const save = useMutation({
    mutationFn: (input: { email?: boolean; webhooks?: boolean }) =>
      notificationSettings.update(organizationId, input),
    onSuccess: (view) => queryClient.setQueryData(key, view),
  });
  // The box shows the user's choice from the click on, and the stored state once the save settles (a refused
  // save: the old one). Held in React state: drawn from the query cache, the box would flip back until the cache's
  // notification (a timer) arrives.
  const [chosen, setChosen] = useState<{ email?: boolean; webhooks?: boolean }>({});
  const choose = (input: { email: boolean } | { webhooks: boolean }) => {
    setChosen(input);
    save.mutate(input, { onSettled: () => setChosen({}) });
  };
  if (settings.isPending) return <Loading />;
  if (settings.isError) return <ErrorMessage error={settings.error} />;
  return (
    <section className="form-section" aria-labelledby="channels-heading">
      <h2 id="channels-heading">{t('notificationSettings.channels')}</h2>
      {save.isSuccess ? (
        <p className="alert alert--success" role="status">
          {t('notificationSettings.saved')}
        </p>
      ) : null}
      {save.isError ? <ErrorMessage error={save.error} /> : null}
      <fieldset className="checkbox-list">
        <legend className="visually-hidden">{t('notificationSettings.channels')}</legend>
        <label>
          <input type="checkbox" checked disabled /> {t('notificationSettings.inApp')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={chosen.email ?? settings.data.email}
            disabled={save.isPending}
            onChange={(e) => choose({ email: e.target.checked })}
          />{' '}
          {t('notificationSettings.email')}
        </label>
        <label>
          <input
            type="checkbox"
            checked={chosen.webhooks ?? settings.data.webhooks}
            disabled={save.isPending}
            onChange={(e) => choose({ webhooks: e.target.checked })}
          />{' '}
          {t('notificationSettings.webhooks')}
        </label>
      </fieldset>
    </section>
  );
}

function Webhooks({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mapErrors = useFormErrorMapper();
  const secretId = useId();
  const key = ['webhooks', organizationId];
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState<NotificationKind[]>(['match.introduced', 'match.connected']);
  const list = useQuery({ queryKey: key, queryFn: () => notificationSettings.webhooks(organizationId) });
  const refresh = () => queryClient.invalidateQueries({ queryKey: key });
  const add = useMutation({
    mutationFn: () => notificationSettings.addWebhook(organizationId, url.trim(), events),
    onSuccess: () => {
      setUrl('');
      return refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (webhookId: string) => notificationSettings.removeWebhook(organizationId, webhookId),
    onSettled: refresh,
  });
  const errors = add.isError ? mapErrors(add.error) : NO_FORM_ERRORS;
  const toggle = (kind: string) =>
    setEvents((current) =>
      current.includes(kind as NotificationKind)
        ? current.filter((k) => k !== kind)
        : [...current, kind as NotificationKind],
    );
  return (
    <section className="form-section" aria-labelledby="webhooks-heading">
      <h2 id="webhooks-heading">{t('notificationSettings.webhookList')}</h2>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {remove.isError ? <ErrorMessage error={remove.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('notificationSettings.noWebhooks')}</EmptyState> : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="plain-list">
          {list.data.items.map((webhook) => (
            <li key={webhook.id}>
              <code>{webhook.url}</code> —{' '}
              {webhook.events.map((kind) => t(`notificationSettings.kinds.${kind}`)).join(', ')}{' '}
              <button
                type="button"
                className="link-button"
                aria-label={t('notificationSettings.removeLabel', { url: webhook.url })}
                disabled={remove.isPending}
                onClick={() => remove.mutate(webhook.id)}
              >
                {t('notificationSettings.remove')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {add.data ? (
        <div className="alert alert--success" role="status">
          <label htmlFor={secretId}>{t('notificationSettings.secret')}</label>
          <input id={secretId} readOnly value={add.data.secret} onFocus={(e) => e.target.select()} />
        </div>
      ) : null}
      <form
        className="form"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          add.mutate();
        }}
      >
        <FormErrorSummary errors={errors} />
        <Field label={t('notificationSettings.url')} errors={errors.fields.url} required>
          {(control) => (
            <input {...control} type="url" value={url} onChange={(e) => setUrl(e.target.value)} />
          )}
        </Field>
        <CheckboxGroup
          legend={t('notificationSettings.events')}
          className="columns"
          options={KINDS.map((kind) => ({ value: kind, label: t(`notificationSettings.kinds.${kind}`) }))}
          selected={events}
          onToggle={toggle}
          errors={errorsUnder(errors, 'events')}
        />
        <button type="submit" className="button button--secondary" disabled={add.isPending}>
          {t('notificationSettings.addWebhook')}
        </button>
      </form>
    </section>
  );
}
