import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { interest } from '../../api/endpoints';
import { isApiError } from '../../api/problem';
import type { FittingNeedView } from '../../api/types';
import { EmptyState, ErrorMessage, Loading, VerifiedBadge } from '../../components/common';
import { InterestForm } from '../../components/interest/InterestForm';
import { NeedTitleLink } from '../../components/NeedTitleLink';
import { ScoreBreakdown } from '../../components/ScoreBreakdown';
import { formatDate } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

/** A vendor's published listing: the open needs that fit it, best first, each with its reasons and interest. */
export function FittingNeeds({ technologyId }: { technologyId: string }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['fitting-needs', technologyId],
    queryFn: () => interest.fittingNeeds(technologyId, { limit: 20 }),
  });
  const notVerified = isApiError(list.error) && list.error.status === 403;
  return (
    <section aria-labelledby="fitting-needs-heading" className="suggestions fitting-needs">
      <h2 id="fitting-needs-heading">{t('fittingNeeds.title')}</h2>
      <p className="hint">{t('fittingNeeds.hint')}</p>
      {list.isPending ? <Loading /> : null}
      {notVerified ? <p className="alert alert--info">{t('fittingNeeds.notVerified')}</p> : null}
      {list.isError && !notVerified ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('fittingNeeds.none')}</EmptyState> : null}
      <ol className="card-list">
        {list.data?.items.map((fit) => (
          <li key={fit.matchId}>
            <FittingNeedCard technologyId={technologyId} fit={fit} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function FittingNeedCard({ technologyId, fit }: { technologyId: string; fit: FittingNeedView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const headingId = useId();
  const { need } = fit;
  return (
    <article className="card suggestion" aria-labelledby={headingId}>
      <header className="introduction-head">
        <h3 id={headingId}>
          <NeedTitleLink need={need} to={`/needs/${need.id}`} />
        </h3>
        <span className="badge">{t(`suggestions.stage.${fit.stage}`)}</span>
      </header>
      <p className="meta">
        {need.organization?.name ?? '—'} <VerifiedBadge verified={need.organization?.verified ?? false} /> ·{' '}
        {need.city}, {labels.country(need.country)}
      </p>
      <details>
        <summary>{t('fittingNeeds.whyScore', { score: Math.round(fit.score) })}</summary>
        <ScoreBreakdown score={fit.score} components={fit.components} />
      </details>
      {fit.requestedAt ? (
        <p className="hint">{t('fittingNeeds.asked', { date: formatDate(fit.requestedAt, language) })}</p>
      ) : fit.stage === 'waiting' ? (
        <InterestForm
          describedBy={headingId}
          texts="expressInterest"
          send={(_unused, message) => interest.expressInterest(technologyId, need.id, message)}
          onSent={() => void queryClient.invalidateQueries({ queryKey: ['fitting-needs', technologyId] })}
        />
      ) : null}
    </article>
  );
}
