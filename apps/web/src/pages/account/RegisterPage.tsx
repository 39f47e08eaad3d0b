import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { auth } from '../../api/endpoints';
import { isApiError, NO_FORM_ERRORS, type FormErrors } from '../../api/problem';
import type { OrganizationKind } from '../../api/types';
import { PageHeader, usePageTitle } from '../../components/common';
import { Field, FieldErrors, FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { assertValid, withScheme } from '../../components/form-validation';
import { homeOf } from '../../session/session';
import { useLabels, useTaxonomy, useUiLanguage } from '../../taxonomy/labels';

interface RegistrationForm {
  kind: OrganizationKind;
  displayName: string;
  email: string;
  password: string;
  organizationName: string;
  country: string;
  city: string;
  website: string;
}

const EMPTY: RegistrationForm = {
  kind: 'agency',
  displayName: '',
  email: '',
  password: '',
  organizationName: '',
  country: '',
  city: '',
  website: '',
};

export function RegisterPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const language = useUiLanguage();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  const mapErrors = useFormErrorMapper();
  const [form, setForm] = useState(EMPTY);
  const set = <K extends keyof RegistrationForm>(key: K, value: RegistrationForm[K]) =>
    setForm((f) => ({ ...f, [key]: value }));
  usePageTitle(t('register.title'));

  const register = useMutation({
    mutationFn: () => {
      const website = withScheme(form.website);
      if (website !== form.website) set('website', website);
      const input = {
        displayName: form.displayName.trim(),
        email: form.email.trim(),
        password: form.password,
        locale: language,
        organization: {
          kind: form.kind,
          name: form.organizationName.trim(),
          country: form.country,
          city: form.city.trim(),
          website: website || null,
          contactPerson: { name: form.displayName.trim(), email: form.email.trim() },
        },
      };
      assertValid('RegisterDto', input);
      return auth.register(input);
    },
    onSuccess: (user) =>
      void navigate(user.role === 'vendor' ? '/organization' : homeOf(user.role), { replace: true }),
  });

  const errors: FormErrors = !register.isError
    ? NO_FORM_ERRORS
    : isApiError(register.error) && register.error.problem.type?.endsWith('/email-taken')
      ? { fields: { email: [t('register.emailTaken')] }, general: [] }
      : mapErrors(register.error, {
          // The contact person is filled from the account, so its errors are the account fields' errors.
          fieldOf: (path) =>
            path.replace(/^organization\.contactPerson\./, '').replace(/^name$/, 'displayName'),
        });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    register.mutate();
  };

  return (
    <div className="narrow">
      <PageHeader title={t('register.title')} lead={t('register.lead')} />
      <form onSubmit={submit} noValidate className="form">
        <FormErrorSummary errors={errors} source={register.error} />
        <fieldset className="radio-group">
          <legend>{t('register.kind')}</legend>
          {(['agency', 'vendor'] as const).map((kind) => (
            <label key={kind}>
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={form.kind === kind}
                onChange={() => set('kind', kind)}
              />
              <span>
                <strong>{t(`register.kinds.${kind}`)}</strong> — {t(`register.kindHints.${kind}`)}
              </span>
            </label>
          ))}
          <FieldErrors errors={errors.fields['organization.kind'] ?? []} />
        </fieldset>
        <h2>{t('register.you')}</h2>
        <Field label={t('account.displayName')} errors={errors.fields.displayName} required>
          {(control) => (
            <input
              {...control}
              autoComplete="name"
              value={form.displayName}
              onChange={(e) => set('displayName', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('account.email')} errors={errors.fields.email} required>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="email"
              value={form.email}
              onChange={(e) => set('email', e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('account.password')}
          hint={t('account.passwordHint')}
          errors={errors.fields.password}
          required
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={form.password}
              onChange={(e) => set('password', e.target.value)}
            />
          )}
        </Field>
        <h2>{t('register.organization')}</h2>
        <Field label={t('organization.name')} errors={errors.fields['organization.name']} required>
          {(control) => (
            <input
              {...control}
              autoComplete="organization"
              value={form.organizationName}
              onChange={(e) => set('organizationName', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('organization.country')} errors={errors.fields['organization.country']} required>
          {(control) => (
            <select {...control} value={form.country} onChange={(e) => set('country', e.target.value)}>
              <option value="">{t('form.choose')}</option>
              {(taxonomy?.countries ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {labels.country(c.id)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('organization.city')} errors={errors.fields['organization.city']} required>
          {(control) => (
            <input {...control} value={form.city} onChange={(e) => set('city', e.target.value)} />
          )}
        </Field>
        <Field
          label={t('organization.website')}
          hint={t('organization.websiteHint')}
          errors={errors.fields['organization.website']}
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
        <button type="submit" className="button" disabled={register.isPending}>
          {t('register.submit')}
        </button>
      </form>
      <p>
        {t('register.haveAccount')} <Link to="/login">{t('nav.login')}</Link>
      </p>
    </div>
  );
}
