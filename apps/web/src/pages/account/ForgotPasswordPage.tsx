import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { auth } from '../../api/endpoints';
import { NO_FORM_ERRORS } from '../../api/problem';
import { PageHeader, usePageTitle } from '../../components/common';
import { Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const mapErrors = useFormErrorMapper();
  const [email, setEmail] = useState('');
  usePageTitle(t('forgot.title'));
  const request = useMutation({ mutationFn: () => auth.requestPasswordReset(email.trim()) });
  const errors = request.isError ? mapErrors(request.error) : NO_FORM_ERRORS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    request.mutate();
  };
  return (
    <div className="narrow">
      <PageHeader title={t('forgot.title')} lead={t('forgot.lead')} />
      {request.isSuccess ? (
        <p className="alert alert--success" role="status">
          {t('forgot.sent', { email: email.trim() })}
        </p>
      ) : (
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
          <button type="submit" className="button" disabled={request.isPending}>
            {t('forgot.submit')}
          </button>
        </form>
      )}
    </div>
  );
}
