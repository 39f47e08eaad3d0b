import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import {
  CLAIM_OUTCOMES,
  REVIEW_CRITERIA,
  reviewsApi,
  type ClaimOutcome,
  type ReviewCriterion,
  type ReviewMaterialView,
} from '../../api/review-endpoints';
import { ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { Field } from '../../components/forms';

type Scores = Record<ReviewCriterion, { score: string; comment: string }>;
type Marks = Record<string, { outcome: ClaimOutcome | ''; note: string }>;

/** One review: the listing's claims with their evidence and files, and the form (five criteria, a mark per claim). */
export function ExpertReviewPage() {
  const { id } = useParams();
  const { t } = useTranslation();
  const material = useQuery({ queryKey: ['review', id], queryFn: () => reviewsApi.material(id!) });
  usePageTitle(
    material.data ? t('reviews.review.title', { title: material.data.review.technologyTitle }) : undefined,
  );
  if (material.isPending) return <Loading />;
  if (material.isError) return <ErrorMessage error={material.error} />;
  return <ReviewForm key={material.data.review.id} material={material.data} />;
}

function ReviewForm({ material }: { material: ReviewMaterialView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const review = material.review;
  const [scores, setScores] = useState<Scores>(
    () =>
      Object.fromEntries(
        REVIEW_CRITERIA.map((criterion) => [
          criterion,
          {
            score: review.criteria[criterion] ? String(review.criteria[criterion].score) : '',
            comment: review.criteria[criterion]?.comment ?? '',
          },
        ]),
      ) as Scores,
  );
  const [marks, setMarks] = useState<Marks>(() =>
    Object.fromEntries(
      material.claims.map((claim) => {
        const mark = review.marks.find((m) => m.claimId === claim.id);
        return [claim.id, { outcome: mark?.outcome ?? '', note: mark?.note ?? '' }];
      }),
    ),
  );
  const readOnly = review.status === 'submitted' || review.status === 'closed';
  const input = () => ({
    criteria: Object.fromEntries(
      REVIEW_CRITERIA.filter((criterion) => scores[criterion].score !== '').map((criterion) => [
        criterion,
        { score: Number(scores[criterion].score), comment: scores[criterion].comment },
      ]),
    ),
    marks: Object.entries(marks)
      .filter(([, mark]) => mark.outcome !== '')
      .map(([claimId, mark]) => ({
        claimId,
        outcome: mark.outcome as ClaimOutcome,
        note: mark.note || null,
      })),
  });
  const refresh = () => queryClient.invalidateQueries({ queryKey: ['review', review.id] });
  const save = useMutation({ mutationFn: () => reviewsApi.save(review.id, input()) });
  const submit = useMutation({
    mutationFn: async () => {
      await reviewsApi.save(review.id, input());
      return reviewsApi.submit(review.id);
    },
    onSuccess: () => void refresh(),
  });
  return (
    <>
      <PageHeader
        title={t('reviews.review.title', { title: review.technologyTitle })}
        lead={`${t('reviews.review.vendor', { name: review.vendorName })} · ${t('reviews.review.listingStatus', { status: review.technologyStatus })}`}
      />
      <p>{material.summary}</p>
      <section aria-labelledby="claims-heading">
        <h2 id="claims-heading">{t('reviews.review.claims')}</h2>
        {material.claims.length === 0 ? <p>{t('reviews.review.noClaims')}</p> : null}
      </section>
      <section aria-labelledby="files-heading">
        <h2 id="files-heading">{t('reviews.review.files')}</h2>
        {material.files.length === 0 ? <p>{t('reviews.review.noFiles')}</p> : null}
        <ul>
          {material.files.map((file) => (
            <li key={`${file.role}-${file.id}`}>
              <a href={file.url}>{file.name}</a> ({file.role})
            </li>
          ))}
        </ul>
      </section>
      {readOnly ? (
        <p className="alert alert--info" role="status">
          {submit.isSuccess
            ? t('reviews.review.submitted')
            : t('reviews.review.readOnly', { status: t(`reviews.statuses.${review.status}`) })}
        </p>
      ) : null}
      <form
        className="form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit.mutate();
        }}
      >
        {REVIEW_CRITERIA.map((criterion) => (
          <fieldset key={criterion} className="field" disabled={readOnly}>
            <legend>{t(`reviews.criteria.${criterion}`)}</legend>
            <Field label={`${t(`reviews.criteria.${criterion}`)}: ${t('reviews.review.score')}`}>
              {(control) => (
                <select
                  {...control}
                  value={scores[criterion].score}
                  onChange={(e) =>
                    setScores((all) => ({
                      ...all,
                      [criterion]: { ...all[criterion], score: e.target.value },
                    }))
                  }
                >
                  <option value="">—</option>
                  {[1, 2, 3, 4, 5].map((n) => (
                    <option key={n} value={String(n)}>
                      {n}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={`${t(`reviews.criteria.${criterion}`)}: ${t('reviews.review.comment')}`}>
              {(control) => (
                <textarea
                  {...control}
                  value={scores[criterion].comment}
                  onChange={(e) =>
                    setScores((all) => ({
                      ...all,
                      [criterion]: { ...all[criterion], comment: e.target.value },
                    }))
                  }
                />
              )}
            </Field>
          </fieldset>
        ))}
        {material.claims.map((claim) => (
          <fieldset key={claim.id} className="field" disabled={readOnly}>
            <legend>{claim.statement}</legend>
            <p className="row-note">
              {t('reviews.review.evidence')}:{' '}
              {[claim.issuer, claim.method, claim.testedOn, claim.conditions].filter(Boolean).join(' · ') ||
                '—'}
              {claim.evidenceUrl ? (
                <>
                  {' '}
                  <a href={claim.evidenceUrl} rel="noopener noreferrer" target="_blank">
                    {claim.evidenceUrl}
                  </a>
                </>
              ) : null}
            </p>
            <Field label={`${claim.statement}: ${t('reviews.review.mark')}`}>
              {(control) => (
                <select
                  {...control}
                  value={marks[claim.id].outcome}
                  onChange={(e) =>
                    setMarks((all) => ({
                      ...all,
                      [claim.id]: { ...all[claim.id], outcome: e.target.value as ClaimOutcome | '' },
                    }))
                  }
                >
                  <option value="">—</option>
                  {CLAIM_OUTCOMES.map((outcome) => (
                    <option key={outcome} value={outcome}>
                      {t(`reviews.outcomes.${outcome}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label={`${claim.statement}: ${t('reviews.review.note')}`}>
              {(control) => (
                <input
                  {...control}
                  value={marks[claim.id].note}
                  onChange={(e) =>
                    setMarks((all) => ({ ...all, [claim.id]: { ...all[claim.id], note: e.target.value } }))
                  }
                />
              )}
            </Field>
          </fieldset>
        ))}
        {!readOnly ? (
          <div className="form-actions">
            <button
              type="button"
              className="button button--secondary"
              disabled={save.isPending}
              onClick={() => save.mutate()}
            >
              {t('reviews.review.saveDraft')}
            </button>
            <button type="submit" className="button" disabled={submit.isPending}>
              {t('reviews.review.submit')}
            </button>
          </div>
        ) : null}
      </form>
      {save.isSuccess ? (
        <p className="alert alert--success" role="status">
          {t('reviews.review.saved')}
        </p>
      ) : null}
      {save.isError ? <ErrorMessage error={save.error} /> : null}
      {submit.isError ? <ErrorMessage error={submit.error} /> : null}
    </>
  );
}
