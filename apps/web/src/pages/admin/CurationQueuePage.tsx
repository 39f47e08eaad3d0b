import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { adminMatches } from '../../api/endpoints';
import type { AdminMatchView, MatchStatus } from '../../api/types';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  StatusBadge,
  usePageTitle,
  VerifiedBadge,
} from '../../components/common';
import { ScoreBreakdown } from '../../components/ScoreBreakdown';
import { RecomputeControl } from './RecomputeControl';
import { formatUsd } from '../../i18n/format';
import { useLabels, useTaxonomy, useUiLanguage } from '../../taxonomy/labels';

const STATUSES: (MatchStatus | 'all')[] = [
  'proposed',
  'introduced',
  'connected',
  'declined',
  'rejected',
  'withdrawn',
  'all',
];
const PER_PAGE = 10;

/** Proposals best first, each with its reasons; a curator introduces the two sides or rejects it. */
export function CurationQueuePage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  const [params, setParams] = useSearchParams();
  const status = STATUSES.find((s) => s === params.get('status')) ?? 'proposed';
  const country = params.get('country') ?? '';
  const pollutant = params.get('pollutant') ?? '';
  const needId = params.get('needId') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const statusId = useId();
  const countryId = useId();
  const pollutantId = useId();
  usePageTitle(t('curation.title'));
  const query = {
    status,
    country: country || undefined,
    pollutant: pollutant || undefined,
    needId: needId || undefined,
    page,
    limit: PER_PAGE,
  };
  const list = useQuery({ queryKey: ['admin-matches', query], queryFn: () => adminMatches.list(query) });
  const update = (patch: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(patch)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    if (!('page' in patch)) next.delete('page');
    setParams(next);
  };

  return (
    <>
      <PageHeader
        title={t('curation.title')}
        lead={t('curation.lead')}
        actions={
          <>
            <RecomputeControl />
            <Link
              className="button button--secondary"
              to={`/admin/matches/new${needId ? `?needId=${needId}` : ''}`}
            >
              {t('curation.addByHand')}
            </Link>
          </>
        }
      />
      <div className="toolbar">
        <div className="inline-field">
          <label htmlFor={statusId}>{t('common.status')}</label>
          <select id={statusId} value={status} onChange={(event) => update({ status: event.target.value })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {s === 'all' ? t('curation.allStatuses') : t(`status.match.${s}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor={countryId}>{t('need.country')}</label>
          <select
            id={countryId}
            value={country}
            onChange={(event) => update({ country: event.target.value })}
          >
            <option value="">{t('events.anyCountry')}</option>
            {(taxonomy?.countries ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {labels.country(c.id)}
              </option>
            ))}
          </select>
        </div>
        <div className="inline-field">
          <label htmlFor={pollutantId}>{t('technology.pollutant')}</label>
          <select
            id={pollutantId}
            value={pollutant}
            onChange={(event) => update({ pollutant: event.target.value })}
          >
            <option value="">{t('curation.anyPollutant')}</option>
            {(taxonomy?.pollutants ?? []).map((p) => (
              <option key={p.id} value={p.id}>
                {labels.pollutant(p.id)}
              </option>
            ))}
          </select>
        </div>
        {needId ? (
          <p>
            {t('curation.oneNeed')}{' '}
            <button type="button" className="link-button" onClick={() => update({ needId: '' })}>
              {t('curation.allNeeds')}
            </button>
          </p>
        ) : null}
      </div>
      <p role="status" className="results-count">
        {list.data ? t('curation.count', { count: list.data.total }) : ''}
      </p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('curation.none')}</EmptyState> : null}
      <ol className="card-list curation-list">
        {list.data?.items.map((match) => (
          <li key={match.id}>
            <CurationCard match={match} />
          </li>
        ))}
      </ol>
      {list.data ? (
        <Pagination
          page={page}
          total={list.data.total}
          limit={PER_PAGE}
          onPage={(next) => update({ page: String(next) })}
        />
      ) : null}
    </>
  );
}

function CurationCard({ match }: { match: AdminMatchView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const [decision, setDecision] = useState<'approve' | 'reject' | null>(null);
  const [text, setText] = useState('');
  const textId = useId();
  const headingId = useId();
  const decide = useMutation({
    mutationFn: () =>
      decision === 'approve'
        ? adminMatches.approve(match.id, match.version, text.trim())
        : adminMatches.reject(match.id, match.version, text.trim()),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['admin-matches'] }),
  });
  const { need, technology } = match;
  return (
    <article className="card curation" aria-labelledby={headingId}>
      <header className="curation-head">
        <h2 id={headingId}>
          <Link to={`/technologies/${technology.id}`}>{technology.title}</Link>
          <span className="for"> {t('curation.for')} </span>
          <Link to={`/needs/${need.id}`}>{need.title}</Link>
        </h2>
        <div>
          <StatusBadge status={match.status} group="match" />{' '}
          {match.origin === 'manual' ? <span className="badge">{t('curation.manual')}</span> : null}
        </div>
      </header>
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
      {match.decisionNote ? (
        <p className="note">{t('curation.decisionNote', { note: match.decisionNote })}</p>
      ) : null}
      {match.status === 'proposed' ? (
        decision === null ? (
          <div className="form-actions">
            <button type="button" className="button" onClick={() => setDecision('approve')}>
              {t('curation.approve')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setDecision('reject')}>
              {t('curation.reject')}
            </button>
          </div>
        ) : (
          <form
            className="decision"
            onSubmit={(event) => {
              event.preventDefault();
              decide.mutate();
            }}
          >
            <label htmlFor={textId}>
              {decision === 'approve' ? t('curation.introductionNote') : t('curation.rejectReason')}
            </label>
            <p className="hint">
              {decision === 'approve' ? t('curation.introductionNoteHint') : t('curation.rejectReasonHint')}
            </p>
            <textarea
              id={textId}
              rows={3}
              maxLength={2000}
              required={decision === 'reject'}
              value={text}
              onChange={(event) => setText(event.target.value)}
            />
            <div className="form-actions">
              <button
                type="submit"
                className="button"
                disabled={decide.isPending || (decision === 'reject' && !text.trim())}
              >
                {decision === 'approve' ? t('curation.confirmApprove') : t('curation.confirmReject')}
              </button>
              <button type="button" className="button button--secondary" onClick={() => setDecision(null)}>
                {t('common.cancel')}
              </button>
            </div>
            {decide.isError ? <ErrorMessage error={decide.error} /> : null}
          </form>
        )
      ) : null}
    </article>
  );
}
