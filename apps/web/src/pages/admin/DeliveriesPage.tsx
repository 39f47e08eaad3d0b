import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deliveries, type DeliveryView } from '../../api/admin-endpoints';
import {
  EmptyState,
  ErrorMessage,
  Loading,
  PageHeader,
  Pagination,
  usePageTitle,
} from '../../components/common';
import { formatDateTime } from '../../i18n/format';
import { useUiLanguage } from '../../taxonomy/labels';

const PER_PAGE = 25;

/** Notifications that gave up after every attempt: what failed, why, and a retry with a fresh budget. */
export function DeliveriesPage() {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  usePageTitle(t('deliveries.title'));
  const list = useQuery({
    queryKey: ['deliveries', 'dead', page],
    queryFn: () => deliveries.list({ status: 'dead', page, limit: PER_PAGE }),
  });
  return (
    <>
      <PageHeader title={t('deliveries.title')} lead={t('deliveries.lead')} />
      <p role="status" className="results-count">
        {list.data ? t('deliveries.count', { count: list.data.total }) : ''}
      </p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('deliveries.none')}</EmptyState> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('deliveries.what')}</th>
                <th scope="col">{t('deliveries.channel')}</th>
                <th scope="col">{t('deliveries.attempts')}</th>
                <th scope="col">{t('deliveries.lastError')}</th>
                <th scope="col">{t('deliveries.since')}</th>
                <th scope="col">{t('common.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((delivery) => (
                <DeliveryRow key={delivery.id} delivery={delivery} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? (
        <Pagination page={page} total={list.data.total} limit={PER_PAGE} onPage={setPage} />
      ) : null}
    </>
  );
}

function DeliveryRow({ delivery }: { delivery: DeliveryView }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const retry = useMutation({
    mutationFn: () => deliveries.retry(delivery.id),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['deliveries'] }),
  });
  return (
    <tr>
      <td>{t(`notificationSettings.kinds.${delivery.kind}`, { defaultValue: humanize(delivery.kind) })}</td>
      <td>{t(`deliveries.channels.${delivery.channel}`)}</td>
      <td>
        {delivery.attempts} / {delivery.maxAttempts}
      </td>
      <td>{delivery.lastError ?? '—'}</td>
      <td>{formatDateTime(delivery.updatedAt, language)}</td>
      <td>
        {retry.isSuccess ? (
          <span role="status">{t('deliveries.requeued')}</span>
        ) : (
          <button
            type="button"
            className="button button--small"
            disabled={retry.isPending}
            onClick={() => retry.mutate()}
          >
            {t('deliveries.retry')}
          </button>
        )}
        {retry.isError ? <ErrorMessage error={retry.error} /> : null}
      </td>
    </tr>
  );
}

/** "match.introduced" → "Match introduced": a readable fallback for a code without a label. */
export function humanize(code: string): string {
  const words = code.replace(/[._-]+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
