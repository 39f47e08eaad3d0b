import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { reviewsApi, type ExpertView } from '../../api/review-endpoints';
import { EmptyState, ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { Field } from '../../components/forms';

/** The expert's workspace: what is assigned to them, and their profile. */
export function ExpertReviewsPage() {
  const { t } = useTranslation();
  usePageTitle(t('reviews.expert.title'));
  const mine = useQuery({ queryKey: ['reviews', 'mine'], queryFn: () => reviewsApi.list() });
  const me = useQuery({ queryKey: ['expert-me'], queryFn: () => reviewsApi.me() });
  return (
    <>
      <PageHeader title={t('reviews.expert.title')} lead={t('reviews.expert.lead')} />
      {mine.isPending ? <Loading /> : null}
      {mine.isError ? <ErrorMessage error={mine.error} /> : null}
      {mine.data?.items.length === 0 ? <EmptyState>{t('reviews.expert.none')}</EmptyState> : null}
      {mine.data && mine.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('reviews.admin.listing')}</th>
                <th scope="col">{t('reviews.admin.status')}</th>
              </tr>
            </thead>
            <tbody>
              {mine.data.items.map((review) => (
                <tr key={review.id}>
                  <td>
                    <Link to={`/expert/reviews/${review.id}`}>{review.technologyTitle}</Link>
                    <p className="row-note">{review.vendorName}</p>
                  </td>
                  <td>{t(`reviews.statuses.${review.status}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {me.data ? <ProfileForm me={me.data} /> : null}
    </>
  );
}

function ProfileForm({ me }: { me: ExpertView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [bio, setBio] = useState(me.profile.bio);
  const [countries, setCountries] = useState(me.profile.countries.join(', '));
  const save = useMutation({
    mutationFn: () =>
      reviewsApi.saveProfile({
        ...me.profile,
        bio,
        countries: countries
          .split(',')
          .map((code) => code.trim().toUpperCase())
          .filter(Boolean),
      }),
    onSuccess: (updated) => queryClient.setQueryData(['expert-me'], updated),
  });
  return (
    <section className="form-section" aria-labelledby="expert-profile-heading">
      <h2 id="expert-profile-heading">{t('reviews.expert.profile')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <Field label={t('reviews.experts.countries')} hint="NP, CN, LK">
          {(control) => (
            <input {...control} value={countries} onChange={(e) => setCountries(e.target.value)} />
          )}
        </Field>
        <Field label={t('reviews.expert.bio')}>
          {(control) => <textarea {...control} value={bio} onChange={(e) => setBio(e.target.value)} />}
        </Field>
        <button type="submit" className="button" disabled={save.isPending}>
          {t('reviews.expert.saveProfile')}
        </button>
      </form>
      {save.isSuccess ? (
        <p className="alert alert--success" role="status">
          {t('reviews.expert.profileSaved')}
        </p>
      ) : null}
      {save.isError ? <ErrorMessage error={save.error} /> : null}
    </section>
  );
}
