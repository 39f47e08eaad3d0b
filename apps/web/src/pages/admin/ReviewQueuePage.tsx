import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { technologies } from '../../api/endpoints';
import type { TechnologyView } from '../../api/types';
import {
  Chips,
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
  VerifiedBadge,
} from '../../components/common';
import { formatDateTime, formatUsdRange } from '../../i18n/format';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';

const PER_PAGE = 10;

/** Submitted listings, oldest first as the API gives them: publish, or send back with a reason. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  usePageTitle(t('review.title'));
  const queue = useQuery({
    queryKey: ['review-queue', page],
    queryFn: () => technologies.list({ status: 'submitted', page, limit: PER_PAGE }),
  });
  return (
    <>
      <PageHeader title={t('review.title')} lead={t('review.lead')} />
      <p role="status" className="results-count">
        {queue.data ? t('review.count', { count: queue.data.total }) : ''}
      </p>
      {queue.isPending ? <Loading /> : null}
      {queue.isError ? <ErrorMessage error={queue.error} /> : null}
      {queue.data?.items.length === 0 ? <EmptyState>{t('review.none')}</EmptyState> : null}
      <ol className="card-list">
        {queue.data?.items.map((listing) => (
          <li key={listing.id}>
            <ReviewCard listing={listing} />
          </li>
        ))}
      </ol>
      {queue.data ? (
        <Pagination page={page} total={queue.data.total} limit={PER_PAGE} onPage={setPage} />
      ) : null}
    </>
  );
}

function ReviewCard({ listing }: { listing: TechnologyView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const [requesting, setRequesting] = useState(false);
  const [reason, setReason] = useState('');
  const reasonId = useId();
  const headingId = useId();
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: ['review-queue'] });
    void queryClient.invalidateQueries({ queryKey: ['technology-search'] });
  };
  const publish = useMutation({
    mutationFn: () => technologies.publish(listing.id, listing.version),
    onSuccess: done,
  });
  const requestChanges = useMutation({
    mutationFn: () => technologies.requestChanges(listing.id, listing.version, reason.trim()),
    onSuccess: done,
  });
  return (
    <article className="card review" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={`/technologies/${listing.id}`}>{listing.title}</Link>
      </h2>
      <p className="meta">
        {listing.vendor ? (
          <>
            <Link to={`/organizations/${listing.vendor.id}`}>{listing.vendor.name}</Link>{' '}
            <VerifiedBadge verified={listing.vendor.verified} /> ·{' '}
          </>
        ) : null}
        {t('review.submittedAt', { date: formatDateTime(listing.submittedAt, language) })}
      </p>
      <p>{listing.summary}</p>
      <dl className="facts">
        <div>
          <dt>{t('technology.category')}</dt>
          <dd>{labels.category(listing.category)}</dd>
        </div>
        <div>
          <dt>{t('technology.trl')}</dt>
          <dd>{listing.trl}</dd>
        </div>
        <div>
          <dt>{t('technology.capitalCost')}</dt>
          <dd>{formatUsdRange(listing.capitalCostMinUsd, listing.capitalCostMaxUsd, language) ?? '—'}</dd>
        </div>
        <div>
          <dt>{t('technology.referenceProjects')}</dt>
          <dd>{listing.referenceProjects.length}</dd>
        </div>
      </dl>
      <Chips items={listing.pollutants.map(labels.pollutant)} label={t('technology.pollutants')} />
      {requesting ? (
        <form
          className="decision"
          onSubmit={(event) => {
            event.preventDefault();
            requestChanges.mutate();
          }}
        >
          <label htmlFor={reasonId}>{t('review.reason')}</label>
          <p className="hint">{t('review.reasonHint')}</p>
          <textarea
            id={reasonId}
            rows={3}
            maxLength={2000}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <div className="form-actions">
            <button type="submit" className="button" disabled={requestChanges.isPending || !reason.trim()}>
              {t('review.sendBack')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setRequesting(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="form-actions">
          <button
            type="button"
            className="button"
            disabled={publish.isPending}
            onClick={() => publish.mutate()}
          >
            {t('review.publish')}
          </button>
          <button type="button" className="button button--secondary" onClick={() => setRequesting(true)}>
            {t('review.requestChanges')}
          </button>
        </div>
      )}
      {publish.isError ? <ErrorMessage error={publish.error} /> : null}
      {requestChanges.isError ? <ErrorMessage error={requestChanges.error} /> : null}
    </article>
  );
}
