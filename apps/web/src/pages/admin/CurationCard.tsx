import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { adminMatches } from '../../api/endpoints';
import type { AdminMatchView, MatchRequestView, RejectionReason } from '../../api/types';
import { ErrorMessage, StatusBadge, VerifiedBadge } from '../../components/common';
import { NeedTitleLink } from '../../components/NeedTitleLink';
import { ScoreBreakdown } from '../../components/ScoreBreakdown';
import { UnreadBadge } from '../../components/UnreadBadge';
import { formatDate, formatUsd } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

const REJECTION_REASONS: RejectionReason[] = [
  'wrong-intent',
  'wrong-sector',
  'too-costly',
  'not-available-in-country',
  'too-immature',
  'duplicate',
  'other',
];

/** One match for a curator: both sides, the reasons, who asked for it, and the decision. */
export function CurationCard({ match }: { match: AdminMatchView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const headingId = useId();
  const { need, technology } = match;
  return (
    <article className="card curation" aria-labelledby={headingId}>
      <header className="curation-head">
        <h2 id={headingId}>
          <Link to={`/technologies/${technology.id}`}>{technology.title}</Link>
          <span className="for"> {t('curation.for')} </span>
          <NeedTitleLink need={need} to={`/needs/${need.id}`} />
        </h2>
        <div>
          <StatusBadge status={match.status} group="match" />{' '}
          {match.origin === 'manual' ? <span className="badge">{t('curation.manual')}</span> : null}
          {['introduced', 'connected', 'declined'].includes(match.status) ? (
            <>
              {' '}
              <Link to={`/admin/matches/${match.id}/conversation`}>{t('conversation.open')}</Link>{' '}
              <UnreadBadge matchId={match.id} />
            </>
          ) : null}
          {match.requests.length > 0 ? <span className="badge">{t('requests.badge')}</span> : null}
        </div>
      </header>
      {match.requests.map((request) => (
        <RequestNote key={request.side} request={request} />
      ))}
      <div className="curation-body">
        <ScoreBreakdown score={match.score} components={match.components} />
        <dl className="curation-sides">
          <div className="fact">
            <dt>{t('curation.need')}</dt>
            <dd>
              {need.organization?.name ?? '—'}{' '}
              <VerifiedBadge verified={need.organization?.verified ?? false} /> · {need.city},{' '}
              {labels.country(need.country)}
              <br />
              {need.pollutants.map(labels.pollutant).join(', ')}
              {need.minTrl ? ` · ${t('need.minTrl')} ${need.minTrl}` : ''}
              {need.budgetMaxUsd ? ` · ≤ ${formatUsd(need.budgetMaxUsd, language)}` : ''}
            </dd>
          </div>
          <div className="fact">
            <dt>{t('curation.technology')}</dt>
            <dd>
              {technology.vendor?.name ?? '—'}{' '}
              <VerifiedBadge verified={technology.vendor?.verified ?? false} /> ·{' '}
              {technology.vendor ? labels.country(technology.vendor.country) : ''}
              <br />
              {labels.category(technology.category)} · TRL {technology.trl}
            </dd>
          </div>
        </dl>
      </div>
      {match.exclusionReason ? (
        <p className="alert alert--warning">{t('curation.exclusion', { reason: match.exclusionReason })}</p>
      ) : null}
      {match.rejectionReason ? (
        <p className="note">
          {t('rejection.shown', { reason: t(`rejection.reasons.${match.rejectionReason}`) })}
        </p>
      ) : null}
      {match.decisionNote ? (
        <p className="note">{t('curation.decisionNote', { note: match.decisionNote })}</p>
      ) : null}
      {match.status === 'proposed' ? <Decision match={match} /> : null}
    </article>
  );
}

function RequestNote({ request }: { request: MatchRequestView }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const who = {
    organization: request.organization?.name ?? '—',
    person: request.requestedBy ?? t('requests.someone'),
  };
  return (
    <blockquote className="curator-note request-note">
      <p>
        <strong>{t(request.side === 'need' ? 'requests.byAgency' : 'requests.byVendor', who)}</strong>
      </p>
      {request.message ? <p>{request.message}</p> : null}
      <footer>{formatDate(request.requestedAt, language)}</footer>
    </blockquote>
  );
}

function Decision({ match }: { match: AdminMatchView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<'approve' | 'reject' | null>(null);
  const [reason, setReason] = useState<RejectionReason | ''>('');
  const [text, setText] = useState('');
  const textId = useId();
  const reasonId = useId();
  const decide = useMutation({
    mutationFn: () =>
      decision === 'approve'
        ? adminMatches.approve(match.id, match.version, text.trim())
        : adminMatches.reject(match.id, match.version, reason as RejectionReason, text.trim()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin-matches'] }),
  });
  if (decision === null) {
    return (
      <div className="form-actions">
        <button type="button" className="button" onClick={() => setDecision('approve')}>
          {t('curation.approve')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setDecision('reject')}>
          {t('curation.reject')}
        </button>
      </div>
    );
  }
  const rejecting = decision === 'reject';
  const textRequired = rejecting && reason === 'other';
  const ready = !rejecting || (reason !== '' && (!textRequired || text.trim() !== ''));
  return (
    <form
      className="decision"
      onSubmit={(event) => {
        event.preventDefault();
        decide.mutate();
      }}
    >
      {rejecting ? (
        <div className="field">
          <label htmlFor={reasonId}>{t('rejection.reason')}</label>
          <select
            id={reasonId}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value as RejectionReason)}
          >
            <option value="" disabled>
              —
            </option>
            {REJECTION_REASONS.map((value) => (
              <option key={value} value={value}>
                {t(`rejection.reasons.${value}`)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <label htmlFor={textId}>{rejecting ? t('rejection.note') : t('curation.introductionNote')}</label>
      <p className="hint">{rejecting ? t('rejection.noteHint') : t('curation.introductionNoteHint')}</p>
      <textarea
        id={textId}
        rows={3}
        maxLength={2000}
        required={textRequired}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <div className="form-actions">
        <button type="submit" className="button" disabled={decide.isPending || !ready}>
          {rejecting ? t('curation.confirmReject') : t('curation.confirmApprove')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setDecision(null)}>
          {t('common.cancel')}
        </button>
      </div>
      {decide.isError ? <ErrorMessage error={decide.error} /> : null}
    </form>
  );
}
