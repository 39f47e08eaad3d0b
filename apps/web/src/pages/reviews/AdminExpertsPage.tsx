import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { reviewsApi } from '../../api/review-endpoints';
import { EmptyState, ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { Field } from '../../components/forms';
import { formatDate } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

/** Admins: the expert panel (profiles, declared conflicts) and inviting a new expert by e-mail. */
export function AdminExpertsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  usePageTitle(t('reviews.experts.title'));
  const experts = useQuery({ queryKey: ['experts'], queryFn: () => reviewsApi.experts() });
  const pending = useQuery({ queryKey: ['expert-invitations'], queryFn: () => reviewsApi.invitations() });
  const [email, setEmail] = useState('');
  const invite = useMutation({
    mutationFn: () => reviewsApi.invite(email.trim()),
    onSuccess: () => {
      setEmail('');
      void queryClient.invalidateQueries({ queryKey: ['expert-invitations'] });
    },
  });
  return (
    <>
      <PageHeader title={t('reviews.experts.title')} lead={t('reviews.experts.lead')} />
      <section className="form-section" aria-labelledby="invite-expert-heading">
        <h2 id="invite-expert-heading">{t('reviews.experts.invite')}</h2>
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            invite.mutate();
          }}
        >
          <Field label={t('reviews.experts.email')} required>
            {(control) => (
              <input {...control} type="email" value={email} onChange={(e) => setEmail(e.target.value)} />
            )}
          </Field>
          <button type="submit" className="button" disabled={invite.isPending}>
            {t('reviews.experts.send')}
          </button>
        </form>
        {invite.isSuccess ? (
          <div className="alert alert--success" role="status">
            <p>{t('reviews.experts.invited', { email: invite.data.email })}</p>
            <label htmlFor="expert-invitation-link">{t('orgSettings.inviteLink')}</label>
            <input
              id="expert-invitation-link"
              readOnly
              value={`${window.location.origin}/invitation?token=${encodeURIComponent(invite.data.token)}`}
              onFocus={(event) => event.target.select()}
            />
          </div>
        ) : null}
        {invite.isError ? <ErrorMessage error={invite.error} /> : null}
      </section>
      {pending.data && pending.data.items.length > 0 ? (
        <section aria-labelledby="expert-pending-heading">
          <h2 id="expert-pending-heading">{t('reviews.experts.pending')}</h2>
          <ul>
            {pending.data.items.map((item) => (
              <li key={item.id}>
                {item.email} · {formatDate(item.expiresAt, language)}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {experts.isPending ? <Loading /> : null}
      {experts.isError ? <ErrorMessage error={experts.error} /> : null}
      {experts.data?.items.length === 0 ? <EmptyState>{t('reviews.experts.none')}</EmptyState> : null}
      {experts.data && experts.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('reviews.experts.name')}</th>
                <th scope="col">{t('reviews.experts.expertise')}</th>
                <th scope="col">{t('reviews.experts.countries')}</th>
                <th scope="col">{t('reviews.experts.conflicts')}</th>
              </tr>
            </thead>
            <tbody>
              {experts.data.items.map((expert) => (
                <tr key={expert.id}>
                  <td>
                    {expert.displayName}
                    <p className="row-note">{expert.email}</p>
                  </td>
                  <td>
                    {[
                      ...expert.profile.categories.map((id) => labels.category(id)),
                      ...expert.profile.pollutants.map((id) => labels.pollutant(id)),
                    ].join(', ') || '—'}
                  </td>
                  <td>{expert.profile.countries.map((id) => labels.country(id)).join(', ') || '—'}</td>
                  <td>{expert.conflicts.map((conflict) => conflict.organizationName).join(', ') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
