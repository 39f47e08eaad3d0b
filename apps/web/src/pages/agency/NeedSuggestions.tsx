import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { interest } from '../../api/endpoints';
import type { SuggestionView } from '../../api/types';
import { EmptyState, ErrorMessage, Loading, VerifiedBadge } from '../../components/common';
import { InterestForm } from '../../components/interest/InterestForm';
import { ScoreBreakdown } from '../../components/ScoreBreakdown';
import { formatDate } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

/** The agency's own open need: the listings that fit it, best first, each with its reasons and a request button. */
export function NeedSuggestions({ needId }: { needId: string }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['suggestions', needId],
    queryFn: () => interest.suggestions(needId, { limit: 20 }),
  });
  return (
    <section aria-labelledby="suggestions-heading" className="suggestions">
      <h2 id="suggestions-heading">{t('suggestions.title')}</h2>
      <p className="hint">{t('suggestions.hint')}</p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('suggestions.none')}</EmptyState> : null}
      <ol className="card-list">
        {list.data?.items.map((suggestion) => (
          <li key={suggestion.matchId}>
            <SuggestionCard needId={needId} suggestion={suggestion} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function SuggestionCard({ needId, suggestion }: { needId: string; suggestion: SuggestionView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const headingId = useId();
  const { technology } = suggestion;
  return (
    <article className="card suggestion" aria-labelledby={headingId}>
      <header className="introduction-head">
        <h3 id={headingId}>
          <Link to={`/technologies/${technology.id}`}>{technology.title}</Link>
        </h3>
        <span className="badge">{t(`suggestions.stage.${suggestion.stage}`)}</span>
      </header>
      <p className="meta">
        {technology.vendor?.name ?? '—'} <VerifiedBadge verified={technology.vendor?.verified ?? false} /> ·{' '}
        {labels.category(technology.category)} · TRL {technology.trl}
      </p>
      <details>
        <summary>{t('suggestions.whyScore', { score: Math.round(suggestion.score) })}</summary>
        <ScoreBreakdown score={suggestion.score} components={suggestion.components} />
      </details>
      {suggestion.requestedAt ? (
        <p className="hint">
          {t('suggestions.asked', { date: formatDate(suggestion.requestedAt, language) })}
        </p>
      ) : suggestion.stage === 'waiting' ? (
        <InterestForm
          describedBy={headingId}
          texts="askIntroduction"
          send={(_unused, message) => interest.askIntroduction(needId, technology.id, message)}
          onSent={() => void queryClient.invalidateQueries({ queryKey: ['suggestions', needId] })}
        />
      ) : null}
    </article>
  );
}
