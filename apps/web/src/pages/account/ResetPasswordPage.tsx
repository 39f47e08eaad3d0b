import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { auth } from '../../api/endpoints';
import { isApiError, NO_FORM_ERRORS } from '../../api/problem';
import { PageHeader, usePageTitle } from '../../components/common';
import { Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const mapErrors = useFormErrorMapper();
  const [password, setPassword] = useState('');
  usePageTitle(t('reset.title'));
  const token = params.get('token') ?? '';
  const reset = useMutation({ mutationFn: () => auth.resetPassword(token, password) });
  const badLink = reset.isError && isApiError(reset.error) && reset.error.status === 404;
  const errors = reset.isError && !badLink ? mapErrors(reset.error) : NO_FORM_ERRORS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    reset.mutate();
  };
  if (reset.isSuccess)
    return (
      <div className="narrow">
        <PageHeader title={t('reset.title')} />
        <p className="alert alert--success" role="status">
          {t('reset.done')} <Link to="/login">{t('login.title')}</Link>
        </p>
      </div>
    );
  return (
    <div className="narrow">
      <PageHeader title={t('reset.title')} lead={t('reset.lead')} />
      {badLink || !token ? (
        <p className="alert alert--error" role="alert">
          {t('reset.badLink')} <Link to="/forgot-password">{t('reset.requestNew')}</Link>
        </p>
      ) : null}
      <form onSubmit={submit} noValidate className="form">
        <FormErrorSummary errors={errors} />
        <Field
          label={t('reset.newPassword')}
          hint={t('account.passwordHint')}
          errors={errors.fields.password}
          required
        >
          {(control) => (
            <input
              {...control}
              type="password"
              autoComplete="new-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={reset.isPending || !token}>
          {t('reset.submit')}
        </button>
      </form>
    </div>
  );
}
