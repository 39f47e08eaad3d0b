import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { adminMatches } from '../../api/endpoints';
import type { MatchStatus } from '../../api/types';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
} from '../../components/common';
import { CurationCard } from './CurationCard';
import { RecomputeControl } from './RecomputeControl';
import { useLabels, useTaxonomy } from '../../taxonomy/labels';

const STATUSES: (MatchStatus | 'all')[] = [
  'proposed',
  'introduced',
  'connected',
  'declined',
  'rejected',
  'withdrawn',
  'all',
];
const REQUESTED = ['', 'true', 'false'] as const;
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
  const requested = REQUESTED.find((r) => r === params.get('requested')) ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const statusId = useId();
  const countryId = useId();
  const pollutantId = useId();
  const requestedId = useId();
  usePageTitle(t('curation.title'));
  const query = {
    status,
    country: country || undefined,
    pollutant: pollutant || undefined,
    needId: needId || undefined,
    requested: requested || undefined,
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
            <Link className="button button--secondary" to="/admin/matching/report">
              {t('matchingReport.open')}
            </Link>
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
        <div className="inline-field">
          <label htmlFor={requestedId}>{t('requests.filter')}</label>
          <select
            id={requestedId}
            value={requested}
            onChange={(event) => update({ requested: event.target.value })}
          >
            <option value="">{t('requests.any')}</option>
            <option value="true">{t('requests.onlyRequested')}</option>
            <option value="false">{t('requests.notRequested')}</option>
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
