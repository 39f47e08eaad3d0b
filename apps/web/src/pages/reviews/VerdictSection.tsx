import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REVIEW_CRITERIA, reviewsApi, type VerdictView } from '../../api/review-endpoints';
import { ErrorMessage } from '../../components/common';
import { Field } from '../../components/forms';
import { formatDate } from '../../i18n/format';
import { useUiLanguage } from '../../taxonomy/labels';

/** On the vendor's listing page: the experts' verdicts (scores, comments, claim marks) and the one answer. */
export function VerdictSection({ technologyId }: { technologyId: string }) {
  const { t } = useTranslation();
  const verdicts = useQuery({
    queryKey: ['verdicts', technologyId],
    queryFn: () => reviewsApi.verdicts(technologyId),
  });
  return (
    <section className="form-section" aria-labelledby="verdict-heading">
      <h2 id="verdict-heading">{t('reviews.verdict.heading')}</h2>
      {verdicts.isError ? <ErrorMessage error={verdicts.error} /> : null}
      {verdicts.data?.items.length === 0 ? <p>{t('reviews.verdict.none')}</p> : null}
      {verdicts.data?.items.map((verdict) => (
        <Verdict key={verdict.id} verdict={verdict} />
      ))}
    </section>
  );
}

function Verdict({ verdict }: { verdict: VerdictView }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const [answer, setAnswer] = useState('');
  const send = useMutation({
    mutationFn: () => reviewsApi.answer(verdict.id, answer),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['verdicts', verdict.technologyId] }),
  });
  return (
    <article className="card">
      <p>
        {t('reviews.verdict.publishedOn', {
          date: formatDate(verdict.publishedAt, language),
          until: formatDate(verdict.validUntil, language),
        })}
        {verdict.expiredAt
          ? ` · ${t('reviews.verdict.expired', { date: formatDate(verdict.expiredAt, language) })}`
          : ''}
      </p>
      {verdict.summary ? <p>{verdict.summary}</p> : null}
      <dl className="verdict-scores">
        {REVIEW_CRITERIA.map((criterion) => (
          <div key={criterion}>
            <dt>{t(`reviews.criteria.${criterion}`)}</dt>
            <dd>
              {t('reviews.verdict.score', { score: verdict.criteria[criterion].score })}
              {verdict.criteria[criterion].comments.map((comment, index) => (
                <p key={index} className="row-note">
                  {comment}
                </p>
              ))}
            </dd>
          </div>
        ))}
      </dl>
      <h3>{t('reviews.verdict.claims')}</h3>
      <ul>
        {verdict.marks.map((mark) => (
          <li key={mark.claimId}>
            {mark.statement}: <strong>{t(`reviews.outcomes.${mark.outcome}`)}</strong>
            {mark.note ? ` — ${mark.note}` : ''}
          </li>
        ))}
      </ul>
      {verdict.answer ? (
        <>
          <h3>{t('reviews.verdict.answer')}</h3>
          <p>{verdict.answer}</p>
          {verdict.answeredAt ? (
            <p className="row-note">
              {t('reviews.verdict.answered', { date: formatDate(verdict.answeredAt, language) })}
            </p>
          ) : null}
        </>
      ) : (
        <form
          className="form"
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            send.mutate();
          }}
        >
          <Field label={t('reviews.verdict.answerLabel')}>
            {(control) => (
              <textarea {...control} value={answer} onChange={(e) => setAnswer(e.target.value)} />
            )}
          </Field>
          <button type="submit" className="button" disabled={send.isPending || !answer.trim()}>
            {t('reviews.verdict.send')}
          </button>
          {send.isError ? <ErrorMessage error={send.error} /> : null}
        </form>
      )}
    </article>
  );
}
