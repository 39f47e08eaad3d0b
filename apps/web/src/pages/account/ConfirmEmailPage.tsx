import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { auth } from '../../api/endpoints';
import { isApiError } from '../../api/problem';
import { ErrorMessage, PageHeader, usePageTitle } from '../../components/common';

/** Confirms on a click, not on load: mail scanners that open links must not spend the token. */
export function ConfirmEmailPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const queryClient = useQueryClient();
  usePageTitle(t('confirmEmail.title'));
  const token = params.get('token') ?? '';
  const confirm = useMutation({
    mutationFn: () => auth.confirmEmail(token),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
  const badLink = !token || (confirm.isError && isApiError(confirm.error) && confirm.error.status === 404);
  return (
    <div className="narrow">
      <PageHeader title={t('confirmEmail.title')} lead={t('confirmEmail.lead')} />
      {confirm.isSuccess ? (
        <p className="alert alert--success" role="status">
          {confirm.data.purpose === 'email-change'
            ? t('confirmEmail.changed', { email: confirm.data.email })
            : t('confirmEmail.verified', { email: confirm.data.email })}
        </p>
      ) : badLink ? (
        <p className="alert alert--error" role="alert">
          {t('confirmEmail.badLink')}
        </p>
      ) : (
        <>
          {confirm.isError ? <ErrorMessage error={confirm.error} /> : null}
          <button
            type="button"
            className="button"
            disabled={confirm.isPending}
            onClick={() => confirm.mutate()}
          >
            {t('confirmEmail.submit')}
          </button>
        </>
      )}
    </div>
  );
}
