import { useQuery } from '@tanstack/react-query';
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
import { ReviewDecision } from './ReviewDecision';

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
  const headingId = useId();
  return (
    <article className="card review" aria-labelledby={headingId}>
      <h2 id={headingId}>
        <Link to={`/admin/review/${listing.id}`}>{listing.title}</Link>
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
      <ReviewDecision listing={listing} />
    </article>
  );
}
