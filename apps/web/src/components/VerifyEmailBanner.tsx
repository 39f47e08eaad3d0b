import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { account } from '../api/endpoints';
import { useMe } from '../session/session';
import { ErrorMessage } from './common';

/** Shown to a signed-in member whose address is not verified yet, on every page. */
export function VerifyEmailBanner() {
  const { t } = useTranslation();
  const me = useMe();
  const resend = useMutation({ mutationFn: account.resendVerification });
  const user = me.data?.user;
  if (!user || user.emailVerified) return null;
  return (
    <div className="alert alert--warning verify-banner" role="region" aria-label={t('confirmEmail.title')}>
      <p>{t('verifyBanner.text', { email: user.email })}</p>
      {resend.isSuccess ? (
        <p role="status">{t('verifyBanner.resent')}</p>
      ) : (
        <button
          type="button"
          className="button button--small button--secondary"
          disabled={resend.isPending}
          onClick={() => resend.mutate()}
        >
          {t('verifyBanner.resend')}
        </button>
      )}
      {resend.isError ? <ErrorMessage error={resend.error} /> : null}
    </div>
  );
}
