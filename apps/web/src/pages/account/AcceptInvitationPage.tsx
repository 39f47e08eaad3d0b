import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { auth } from '../../api/endpoints';
import { NO_FORM_ERRORS } from '../../api/problem';
import { PageHeader, usePageTitle } from '../../components/common';
import { Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';
import { homeOf } from '../../session/session';
import { useUiLanguage } from '../../taxonomy/labels';

export function AcceptInvitationPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const language = useUiLanguage();
  const mapErrors = useFormErrorMapper();
  const [token, setToken] = useState(params.get('token') ?? '');
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  usePageTitle(t('invitation.title'));
  const accept = useMutation({
    mutationFn: () =>
      auth.acceptInvitation({
        token: token.trim(),
        displayName: displayName.trim(),
        password,
        locale: language,
      }),
    onSuccess: (user) => void navigate(homeOf(user.role), { replace: true }),
  });
  const errors = accept.isError ? mapErrors(accept.error) : NO_FORM_ERRORS;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    accept.mutate();
  };
  return (
    <div className="narrow">
      <PageHeader title={t('invitation.title')} lead={t('invitation.lead')} />
      <form onSubmit={submit} noValidate className="form">
        <FormErrorSummary errors={errors} />
        {params.get('token') ? null : (
          <Field label={t('invitation.token')} errors={errors.fields.token} required>
            {(control) => <input {...control} value={token} onChange={(e) => setToken(e.target.value)} />}
          </Field>
        )}
        <Field label={t('account.displayName')} errors={errors.fields.displayName} required>
          {(control) => (
            <input
              {...control}
              autoComplete="name"
              value={displayName}
              onChange={(e) => setDisplayName(e.target.value)}
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
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="button" disabled={accept.isPending}>
          {t('invitation.submit')}
        </button>
      </form>
    </div>
  );
}
