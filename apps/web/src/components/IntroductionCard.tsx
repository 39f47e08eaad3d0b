import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { partyMatches } from '../api/endpoints';
import type { PartyMatchView, PartyResponse } from '../api/types';
import { formatDate } from '../i18n/format';
import { useLabels, useUiLanguage } from '../taxonomy/labels';
import { needTitle } from '../taxonomy/need-text';
import { ErrorMessage, StatusBadge, VerifiedBadge } from './common';
import { NeedTitleLink } from './NeedTitleLink';
import { ScoreBreakdown } from './ScoreBreakdown';
import { UnreadBadge } from './UnreadBadge';

/** One introduction as a party sees it: both sides, why they fit, the answers, and the contact once connected. */
export function IntroductionCard({
  match,
  linkToConversation = true,
}: {
  match: PartyMatchView;
  /** Off on the match's own page, which shows the conversation below the card. */
  linkToConversation?: boolean;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const [message, setMessage] = useState('');
  const messageId = useId();
  const queryClient = useQueryClient();
  const respond = useMutation({
    mutationFn: (response: 'interested' | 'declined') =>
      partyMatches.respond(match.id, response, match.version, message.trim()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['party-matches'] });
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
  const other = match.side === 'need' ? match.technology.vendor : match.need.organization;
  const canAnswer = match.status === 'introduced' && !match.myResponse;
  const headingId = useId();
  const needInYourLanguage = needTitle(match.need, language).title;

  return (
    <article className="card introduction" aria-labelledby={headingId}>
      <header className="introduction-head">
        <h2 id={headingId}>
          {match.side === 'need' ? (
            <Link to={`/technologies/${match.technology.id}`}>{match.technology.title}</Link>
          ) : (
            <NeedTitleLink need={match.need} to={`/needs/${match.need.id}`} />
          )}
        </h2>
        <StatusBadge status={match.status} group="match" />
      </header>
      <p className="meta">
        {match.side === 'need'
          ? t('introduction.forYourNeed', { need: needInYourLanguage })
          : t('introduction.forYourListing', { listing: match.technology.title })}
      </p>
      <p>
        {t('introduction.otherSide')}:{' '}
        {other ? (
          <>
            <Link to={`/organizations/${other.id}`}>{other.name}</Link>{' '}
            <VerifiedBadge verified={other.verified} /> · {other.city}, {labels.country(other.country)}
          </>
        ) : (
          '—'
        )}
      </p>
      {match.introductionNote ? (
        <blockquote className="curator-note">
          <p>{match.introductionNote}</p>
          <footer>{t('introduction.curatorNote', { date: formatDate(match.introducedAt, language) })}</footer>
        </blockquote>
      ) : null}
      <details>
        <summary>{t('introduction.whyMatch', { score: Math.round(match.score) })}</summary>
        <ScoreBreakdown score={match.score} components={match.components} />
      </details>
      <dl className="responses">
        <ResponseLine label={t('introduction.yourAnswer')} response={match.myResponse} />
        <ResponseLine label={t('introduction.theirAnswer')} response={match.otherResponse} />
      </dl>
      {match.status === 'connected' && match.otherContact ? (
        <section className="contact alert alert--success" aria-label={t('introduction.contact')}>
          <h3>{t('introduction.contact')}</h3>
          <p>
            {match.otherContact.name} ·{' '}
            <a href={`mailto:${match.otherContact.email}`}>{match.otherContact.email}</a>
            {match.otherContact.phone ? ` · ${match.otherContact.phone}` : ''}
          </p>
        </section>
      ) : null}
      {canAnswer ? (
        <div className="respond">
          <label htmlFor={messageId}>{t('introduction.message')}</label>
          <textarea
            id={messageId}
            rows={2}
            maxLength={2000}
            value={message}
            onChange={(event) => setMessage(event.target.value)}
          />
          <div className="form-actions">
            <button
              type="button"
              className="button"
              disabled={respond.isPending}
              onClick={() => respond.mutate('interested')}
            >
              {t('introduction.interested')}
            </button>
            <button
              type="button"
              className="button button--secondary"
              disabled={respond.isPending}
              onClick={() => respond.mutate('declined')}
            >
              {t('introduction.decline')}
            </button>
          </div>
          {respond.isError ? <ErrorMessage error={respond.error} /> : null}
        </div>
      ) : null}
      {match.status === 'introduced' && match.myResponse?.response === 'interested' ? (
        <p className="hint">{t('introduction.waitingForOther')}</p>
      ) : null}
      {linkToConversation ? (
        <p>
          <Link to={`/matches/${match.id}`}>{t('conversation.open')}</Link> <UnreadBadge matchId={match.id} />
        </p>
      ) : null}
    </article>
  );
}

function ResponseLine({ label, response }: { label: string; response: PartyResponse | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <div className="fact">
      <dt>{label}</dt>
      <dd>
        {response ? (
          <>
            <StatusBadge status={response.response} group="response" />{' '}
            {formatDate(response.respondedAt, language)}
            {response.message ? <q className="response-message">{response.message}</q> : null}
          </>
        ) : (
          t('introduction.noAnswerYet')
        )}
      </dd>
    </div>
  );
}
