import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { technologies } from '../../api/endpoints';
import { REVIEW_CRITERIA, reviewsApi, type ReviewView } from '../../api/review-endpoints';
import { EmptyState, ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { Field } from '../../components/forms';

/** Admins: assign a listing to experts; the reviews by listing, and publishing a verdict from the submitted ones. */
export function AdminReviewsPage() {
  const { t } = useTranslation();
  usePageTitle(t('reviews.admin.title'));
  const reviews = useQuery({ queryKey: ['reviews', 'all'], queryFn: () => reviewsApi.list() });
  const byListing = new Map<string, ReviewView[]>();
  for (const review of reviews.data?.items ?? [])
    byListing.set(review.technologyId, [...(byListing.get(review.technologyId) ?? []), review]);
  return (
    <>
      <PageHeader title={t('reviews.admin.title')} lead={t('reviews.admin.lead')} />
      <AssignForm />
      <section aria-labelledby="reviews-heading">
        <h2 id="reviews-heading">{t('reviews.admin.reviews')}</h2>
        {reviews.isPending ? <Loading /> : null}
        {reviews.isError ? <ErrorMessage error={reviews.error} /> : null}
        {reviews.data?.items.length === 0 ? <EmptyState>{t('reviews.admin.none')}</EmptyState> : null}
        {[...byListing.entries()].map(([technologyId, items]) => (
          <ListingReviews key={technologyId} technologyId={technologyId} items={items} />
        ))}
      </section>
    </>
  );
}

function AssignForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const listings = useQuery({
    queryKey: ['technologies', 'for-review'],
    queryFn: () => technologies.list({ limit: 100 }),
  });
  const experts = useQuery({ queryKey: ['experts'], queryFn: () => reviewsApi.experts() });
  const [technologyId, setTechnologyId] = useState('');
  const [expertIds, setExpertIds] = useState<string[]>([]);
  const assign = useMutation({
    mutationFn: () => reviewsApi.assign(technologyId, expertIds),
    onSuccess: () => {
      setExpertIds([]);
      void queryClient.invalidateQueries({ queryKey: ['reviews'] });
    },
  });
  return (
    <section className="form-section" aria-labelledby="assign-heading">
      <h2 id="assign-heading">{t('reviews.admin.assign')}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          assign.mutate();
        }}
      >
        <Field label={t('reviews.admin.listing')} required>
          {(control) => (
            <select {...control} value={technologyId} onChange={(e) => setTechnologyId(e.target.value)}>
              <option value="">{t('reviews.admin.chooseListing')}</option>
              {listings.data?.items.map((listing) => (
                <option key={listing.id} value={listing.id}>
                  {listing.title} ({listing.status})
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="field">
          <legend>{t('reviews.admin.experts')}</legend>
          {experts.data?.items.map((expert) => (
            <label key={expert.id} className="checkbox">
              <input
                type="checkbox"
                checked={expertIds.includes(expert.id)}
                onChange={(e) =>
                  setExpertIds((ids) =>
                    e.target.checked ? [...ids, expert.id] : ids.filter((id) => id !== expert.id),
                  )
                }
              />{' '}
              {expert.displayName}
            </label>
          ))}
        </fieldset>
        <button type="submit" className="button" disabled={assign.isPending || !technologyId}>
          {t('reviews.admin.assignButton')}
        </button>
      </form>
      {assign.isSuccess ? (
        <p className="alert alert--success" role="status">
          {t('reviews.admin.assigned', { count: assign.data.items.length })}
        </p>
      ) : null}
      {assign.isError ? <ErrorMessage error={assign.error} /> : null}
    </section>
  );
}

function ListingReviews({ technologyId, items }: { technologyId: string; items: ReviewView[] }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [summary, setSummary] = useState('');
  const submitted = items.filter((review) => review.status === 'submitted');
  const title = items[0].technologyTitle;
  const publish = useMutation({
    mutationFn: () =>
      reviewsApi.publish(
        technologyId,
        submitted.map((review) => review.id),
        summary,
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['reviews'] }),
  });
  const headingId = `listing-reviews-${technologyId}`;
  return (
    <article className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="row-note">{items[0].vendorName}</p>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('reviews.admin.expert')}</th>
              <th scope="col">{t('reviews.admin.status')}</th>
              <th scope="col">{t('reviews.admin.scores')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((review) => (
              <tr key={review.id}>
                <td>{review.expertName}</td>
                <td>{t(`reviews.statuses.${review.status}`)}</td>
                <td>
                  {REVIEW_CRITERIA.map((criterion) => {
                    const value = review.criteria[criterion];
                    return value ? (
                      <span key={criterion} className="row-note">
                        {t(`reviews.criteria.${criterion}`)}: {value.score} — {value.comment}
                        <br />
                      </span>
                    ) : null;
                  })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {submitted.length > 0 ? (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            publish.mutate();
          }}
        >
          <Field label={t('reviews.admin.summary')}>
            {(control) => (
              <textarea {...control} value={summary} onChange={(e) => setSummary(e.target.value)} />
            )}
          </Field>
          <button
            type="submit"
            className="button"
            disabled={publish.isPending}
            aria-label={t('reviews.admin.publishLabel', { title })}
          >
            {t('reviews.admin.publish')}
          </button>
        </form>
      ) : null}
      {publish.isSuccess ? (
        <p className="alert alert--success" role="status">
          {t('reviews.admin.published')}
        </p>
      ) : null}
      {publish.isError ? <ErrorMessage error={publish.error} /> : null}
    </article>
  );
}
