import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organizations } from '../../api/endpoints';
import { errorsUnder, isApiError, NO_FORM_ERRORS } from '../../api/problem';
import type { OrganizationView } from '../../api/types';
import { ErrorMessage, Loading, PageHeader, usePageTitle, VerifiedBadge } from '../../components/common';
import { CheckboxGroup, Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { assertValid, withScheme } from '../../components/form-validation';
import { useMe } from '../../session/session';
import { formatDateTime } from '../../i18n/format';
import { useLabels, useTaxonomy, useUiLanguage } from '../../taxonomy/labels';

export function OrganizationSettingsPage() {
  const { t } = useTranslation();
  const me = useMe();
  usePageTitle(t('orgSettings.title'));
  if (me.isPending) return <Loading />;
  if (me.isError) return <ErrorMessage error={me.error} />;
  if (!me.data.organization)
    return <PageHeader title={t('orgSettings.title')} lead={t('orgSettings.noOrganization')} />;
  return (
    <>
      <PageHeader
        title={t('orgSettings.title')}
        lead={
          <>
            <Link to={`/organizations/${me.data.organization.id}`}>{t('orgSettings.publicProfile')}</Link>{' '}
            <VerifiedBadge verified={me.data.organization.verified} /> ·{' '}
            <Link to="/organization/members">{t('members.link')}</Link> ·{' '}
            <Link to="/organization/notifications">{t('notificationSettings.title')}</Link>
          </>
        }
      />
      <OwnVerification organization={me.data.organization} />
      <ProfileForm key={me.data.organization.id} organization={me.data.organization} />
      <InviteColleague organizationId={me.data.organization.id} />
    </>
  );
}

/** Where the organisation stands, and the reason the curators gave when they said no or took it back. */
function OwnVerification({ organization }: { organization: OrganizationView }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const verification = organization.verification;
  const status = verification?.status ?? (organization.verified ? 'verified' : 'pending');
  const state = status === 'pending' && verification?.decision === 'withdrawn' ? 'withdrawn' : status;
  return (
    <section
      aria-labelledby="verification-heading"
      className={`alert ${status === 'verified' ? 'alert--success' : status === 'rejected' ? 'alert--error' : 'alert--info'}`}
    >
      <h2 id="verification-heading">{t('verification.own.heading')}</h2>
      <p>
        {t(`verification.own.${state}`)}
        {verification?.decidedAt && state !== 'pending' ? (
          <> {t('verification.own.decidedAt', { date: formatDateTime(verification.decidedAt, language) })}</>
        ) : null}
      </p>
      {verification?.reason && state !== 'verified' ? (
        <p>{t('verification.own.reason', { reason: verification.reason })}</p>
      ) : null}
      {status !== 'verified' ? <p>{t('organization.notVerifiedYet')}</p> : null}
    </section>
  );
}

function ProfileForm({ organization }: { organization: OrganizationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  const queryClient = useQueryClient();
  const mapErrors = useFormErrorMapper();
  const [form, setForm] = useState({
    name: organization.name,
    country: organization.country,
    city: organization.city,
    website: organization.website ?? '',
    description: organization.description,
    sectors: organization.sectors,
    pollutants: organization.pollutants,
    languages: organization.languages,
    contactName: organization.contactPerson?.name ?? '',
    contactEmail: organization.contactPerson?.email ?? '',
    contactPhone: organization.contactPerson?.phone ?? '',
  });
  type FormState = typeof form;
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  const toggle = (key: 'sectors' | 'pollutants' | 'languages') => (value: string) =>
    set(key, form[key].includes(value) ? form[key].filter((v) => v !== value) : [...form[key], value]);
  const save = useMutation({
    mutationFn: () => {
      const website = withScheme(form.website);
      if (website !== form.website) set('website', website);
      const input = {
        name: form.name.trim(),
        country: form.country,
        city: form.city.trim(),
        website: website || null,
        description: form.description.trim(),
        sectors: form.sectors,
        pollutants: form.pollutants,
        languages: form.languages,
        contactPerson: form.contactName.trim()
          ? {
              name: form.contactName.trim(),
              email: form.contactEmail.trim(),
              phone: form.contactPhone.trim() || null,
            }
          : null,
      };
      assertValid('UpdateOrganizationDto', input);
      return organizations.update(organization.id, input);
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
  const errors = save.isError ? mapErrors(save.error) : NO_FORM_ERRORS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  if (!taxonomy) return <Loading />;
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormErrorSummary errors={errors} source={save.error} />
      {save.isSuccess ? (
        <p className="alert alert--success" role="status">
          {t('orgSettings.saved')}
        </p>
      ) : null}
      <section className="form-section">
        <h2>{t('orgSettings.profile')}</h2>
        <Field label={t('organization.name')} errors={errors.fields.name} required>
          {(control) => (
            <input {...control} value={form.name} onChange={(e) => set('name', e.target.value)} />
          )}
        </Field>
        <div className="field-row">
          <Field label={t('organization.country')} errors={errors.fields.country} required>
            {(control) => (
              <select {...control} value={form.country} onChange={(e) => set('country', e.target.value)}>
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
              <input {...control} value={form.city} onChange={(e) => set('city', e.target.value)} />
            )}
          </Field>
        </div>
        <Field
          label={t('organization.website')}
          hint={t('organization.websiteHint')}
          errors={errors.fields.website}
        >
          {(control) => (
            <input
              {...control}
              type="url"
              value={form.website}
              onChange={(e) => set('website', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('organization.description')} errors={errors.fields.description}>
          {(control) => (
            <textarea
              {...control}
              rows={5}
              maxLength={5000}
              value={form.description}
              onChange={(e) => set('description', e.target.value)}
            />
          )}
        </Field>
        <CheckboxGroup
          legend={t('organization.sectors')}
          className="columns sector-options"
          options={taxonomy.sectors
            .flatMap((s) => [s, ...s.subSectors])
            .map((s) => ({ value: s.id, label: labels.sector(s.id) }))}
          selected={form.sectors}
          onToggle={toggle('sectors')}
          errors={errorsUnder(errors, 'sectors')}
        />
        <CheckboxGroup
          legend={t('organization.pollutants')}
          className="columns"
          options={taxonomy.pollutants.map((p) => ({ value: p.id, label: labels.pollutant(p.id) }))}
          selected={form.pollutants}
          onToggle={toggle('pollutants')}
          errors={errorsUnder(errors, 'pollutants')}
        />
        <CheckboxGroup
          legend={t('organization.languages')}
          className="columns"
          options={taxonomy.languages.map((l) => ({
            value: l.id,
            label: `${labels.language(l.id)} (${l.nativeLabel})`,
          }))}
          selected={form.languages}
          onToggle={toggle('languages')}
          errors={errorsUnder(errors, 'languages')}
        />
      </section>
      <section className="form-section">
        <h2>{t('organization.contactPerson')}</h2>
        <p className="hint">{t('orgSettings.contactHint')}</p>
        <Field label={t('orgSettings.contactName')} errors={errors.fields['contactPerson.name']}>
          {(control) => (
            <input
              {...control}
              autoComplete="name"
              value={form.contactName}
              onChange={(e) => set('contactName', e.target.value)}
            />
          )}
        </Field>
        <div className="field-row">
          <Field label={t('account.email')} errors={errors.fields['contactPerson.email']}>
            {(control) => (
              <input
                {...control}
                type="email"
                autoComplete="email"
                value={form.contactEmail}
                onChange={(e) => set('contactEmail', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('orgSettings.phone')} errors={errors.fields['contactPerson.phone']}>
            {(control) => (
              <input
                {...control}
                type="tel"
                autoComplete="tel"
                value={form.contactPhone}
                onChange={(e) => set('contactPhone', e.target.value)}
              />
            )}
          </Field>
        </div>
      </section>
      <button type="submit" className="button" disabled={save.isPending}>
        {t('common.save')}
      </button>
    </form>
  );
}

function InviteColleague({ organizationId }: { organizationId: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const mapErrors = useFormErrorMapper();
  const [email, setEmail] = useState('');
  const linkId = useId();
  const invite = useMutation({ mutationFn: () => organizations.invite(organizationId, email.trim()) });
  const errors = !invite.isError
    ? NO_FORM_ERRORS
    : isApiError(invite.error) && invite.error.problem.type?.endsWith('/email-not-verified')
      ? { fields: {}, general: [t('accountSettings.verifyFirst')] }
      : mapErrors(invite.error);
  const link = invite.data
    ? `${window.location.origin}/invitation?token=${encodeURIComponent(invite.data.token)}`
    : '';
  return (
    <section className="form-section" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('orgSettings.invite')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          invite.mutate();
        }}
      >
        <FormErrorSummary errors={{ ...errors, fields: {} }} />
        <Field label={t('account.email')} errors={errors.fields.email} required>
          {(control) => (
            <input {...control} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
          )}
        </Field>
        <button type="submit" className="button button--secondary" disabled={invite.isPending}>
          {t('orgSettings.sendInvite')}
        </button>
      </form>
      {invite.data ? (
        <div className="alert alert--success" role="status">
          <p>
            {t('members.inviteSent', {
              email: invite.data.email,
              date: formatDateTime(invite.data.expiresAt, language),
            })}
          </p>
          <label htmlFor={linkId}>{t('orgSettings.inviteLink')}</label>
          <input id={linkId} readOnly value={link} onFocus={(event) => event.target.select()} />
        </div>
      ) : null}
    </section>
  );
}
