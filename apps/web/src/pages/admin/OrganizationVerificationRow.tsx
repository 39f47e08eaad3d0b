import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { organizations } from '../../api/endpoints';
import { errorsUnder, isApiError } from '../../api/problem';
import type { OrganizationView } from '../../api/types';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage, VerifiedBadge } from '../../components/common';
import { useFormErrorMapper } from '../../components/forms';
import { formatDate } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

type Decision = 'verify' | 'reject' | 'withdraw';

const DECIDE: Record<Decision, (id: string, reason: string) => Promise<OrganizationView>> = {
  verify: (id) => organizations.verify(id),
  reject: (id, reason) => organizations.reject(id, reason),
  withdraw: (id, reason) => organizations.withdrawVerification(id, reason),
};

/** One organisation in the admins' list: its last decision, and the decisions its status allows. */
export function OrganizationVerificationRow({ organization }: { organization: OrganizationView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const mapErrors = useFormErrorMapper();
  const [asking, setAsking] = useState<Decision | null>(null);
  const decide = useMutation({
    mutationFn: ({ decision, reason }: { decision: Decision; reason: string }) =>
      DECIDE[decision](organization.id, reason),
    onSuccess: () => {
      setAsking(null);
      void queryClient.invalidateQueries({ queryKey: ['organizations'] });
    },
    onError: (error) => {
      // A stale page (409) or a gone organisation: close the dialog, say so in the row and reload the list.
      if (!isApiError(error) || error.status !== 400) {
        setAsking(null);
        void queryClient.invalidateQueries({ queryKey: ['organizations'] });
      }
    },
  });
  const status = organization.verification?.status ?? (organization.verified ? 'verified' : 'pending');
  const open = (decision: Decision) => {
    decide.reset();
    setAsking(decision);
  };
  const reasonErrors =
    decide.error && isApiError(decide.error) && decide.error.status === 400
      ? errorsUnder(mapErrors(decide.error), 'reason')
      : [];
  return (
    <tr>
      <td data-label={t('organization.name')}>
        <Link to={`/organizations/${organization.id}`}>{organization.name}</Link>{' '}
        <VerifiedBadge verified={organization.verified} />
        {organization.website ? (
          <p className="row-note">
            <a href={organization.website} rel="noopener noreferrer" target="_blank">
              {organization.website}
            </a>
          </p>
        ) : null}
        <LastDecision organization={organization} />
        {decide.isError && !asking ? <ErrorMessage error={decide.error} /> : null}
      </td>
      <td data-label={t('verify.kind')}>{t(`organization.kinds.${organization.kind}`)}</td>
      <td data-label={t('need.location')}>
        {[organization.city, labels.country(organization.country)].filter(Boolean).join(', ')}
      </td>
      <td data-label={t('organization.contactPerson')}>
        {organization.contactPerson ? (
          <>
            {organization.contactPerson.name}
            <br />
            <a href={`mailto:${organization.contactPerson.email}`}>{organization.contactPerson.email}</a>
          </>
        ) : (
          '—'
        )}
      </td>
      <td data-label={t('verify.registered')}>{formatDate(organization.createdAt, language)}</td>
      <td data-label={t('common.actions')}>
        <div className="row-actions">
          {status !== 'verified' ? (
            <button
              type="button"
              className="button button--small"
              aria-label={t('verification.verifyLabel', { name: organization.name })}
              onClick={() => open('verify')}
            >
              {t('verify.verify')}
            </button>
          ) : null}
          {status === 'pending' ? (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('verification.rejectLabel', { name: organization.name })}
              onClick={() => open('reject')}
            >
              {t('verification.reject')}
            </button>
          ) : null}
          {status === 'verified' ? (
            <button
              type="button"
              className="button button--secondary button--small"
              aria-label={t('verification.withdrawLabel', { name: organization.name })}
              onClick={() => open('withdraw')}
            >
              {t('verify.withdraw')}
            </button>
          ) : null}
        </div>
        {asking ? (
          <ConfirmDialog
            title={t(`verification.confirm.${asking}.title`, { name: organization.name })}
            confirmLabel={t(`verification.confirm.${asking}.button`)}
            reasonLabel={asking === 'verify' ? undefined : t('verification.reason')}
            reasonErrors={reasonErrors}
            danger={asking !== 'verify'}
            busy={decide.isPending}
            onConfirm={(reason) => decide.mutate({ decision: asking, reason })}
            onCancel={() => setAsking(null)}
          >
            <p>{t(`verification.confirm.${asking}.body`, { name: organization.name })}</p>
            {decide.isError && reasonErrors.length === 0 ? <ErrorMessage error={decide.error} /> : null}
          </ConfirmDialog>
        ) : null}
      </td>
    </tr>
  );
}

function LastDecision({ organization }: { organization: OrganizationView }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const verification = organization.verification;
  if (!verification?.decision || !verification.decidedAt) return null;
  return (
    <p className="row-note">
      {t(`verification.decided.${verification.decision}`, {
        name: verification.decidedByName ?? t('auditText.formerUser'),
        date: formatDate(verification.decidedAt, language),
      })}
      {verification.reason ? (
        <>
          <br />
          {t('verification.reasonWas', { reason: verification.reason })}
        </>
      ) : null}
    </p>
  );
}
