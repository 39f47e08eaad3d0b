import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { auth } from '../../api/endpoints';
import { isApiError, NO_FORM_ERRORS } from '../../api/problem';
import { PageHeader, usePageTitle } from '../../components/common';
import { Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { homeOf, safeNextPath, useSignedInUser } from '../../session/session';

export function LoginPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const user = useSignedInUser();
  const mapErrors = useFormErrorMapper();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNextPath(params.get('next'));
  usePageTitle(t('login.title'));
  const login = useMutation({
    mutationFn: () => auth.login(email.trim(), password),
    onSuccess: (signedIn) => void navigate(next ?? homeOf(signedIn.role), { replace: true }),
  });
  if (user && login.isIdle) return <Navigate to={next ?? homeOf(user.role)} replace />;

  const errors = login.isError
    ? isApiError(login.error) && login.error.status === 401
      ? { fields: {}, general: [t('login.failed')] }
      : mapErrors(login.error)
    : NO_FORM_ERRORS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    login.mutate();
  };
  return (
    <div className="narrow">
      <PageHeader title={t('login.title')} />
      <form onSubmit={submit} noValidate className="form">
        <FormErrorSummary errors={errors} />
        <Field label={t('account.email')} errors={errors.fields.email} required>
          {(control) => (
            <input
              {...control}
              type="email"
              autoComplete="username"
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </Field>
        <Field label={t('account.password')} errors={errors.fields.password} required>
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={login.isPending}>
          {login.isPending ? t('login.signingIn') : t('login.submit')}
        </button>
      </form>
      <p>
        <Link to="/forgot-password">{t('forgot.link')}</Link>
      </p>
      <p>
        {t('login.noAccount')} <Link to="/register">{t('nav.register')}</Link>
      </p>
    </div>
  );
}
