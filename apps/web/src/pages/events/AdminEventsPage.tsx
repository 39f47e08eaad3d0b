import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { adminEvents } from '../../api/endpoints';
import type { EventStatus } from '../../api/types';
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
const STATUSES: EventStatus[] = ['draft', 'published', 'cancelled'];

/** Every event for admins: drafts, cancelled and past ones too, latest first. */
export function AdminEventsPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? '') as EventStatus | '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const statusId = useId();
  usePageTitle(t('adminEvents.title'));
  const query = { status: status || undefined, page, limit: PER_PAGE };
  const list = useQuery({ queryKey: ['admin-events', query], queryFn: () => adminEvents.list(query) });
  return (
    <>
      <PageHeader
        title={t('adminEvents.title')}
        lead={t('adminEvents.lead')}
        actions={
          <Link className="button" to="/admin/events/new">
            {t('adminEvents.create')}
          </Link>
        }
      />
      <div className="toolbar">
        <div className="inline-field">
          <label htmlFor={statusId}>{t('adminEvents.status')}</label>
          <select
            id={statusId}
            value={status}
            onChange={(event) => setParams(event.target.value ? { status: event.target.value } : {})}
          >
            <option value="">{t('adminEvents.anyStatus')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`adminEvents.statuses.${s}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('adminEvents.none')}</EmptyState> : null}
      {list.data && list.data.items.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('adminEvents.event')}</th>
                <th scope="col">{t('adminEvents.starts')}</th>
                <th scope="col">{t('adminEvents.status')}</th>
                <th scope="col">{t('adminEvents.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {list.data.items.map((event) => (
                <tr key={event.id}>
                  <td>
                    <Link to={`/events/${event.id}`}>{event.title}</Link>
                  </td>
                  <td>
                    <time dateTime={event.startsAt}>
                      {formatDateTime(event.startsAt, language, event.timeZone)}
                    </time>{' '}
                    ({event.timeZone})
                  </td>
                  <td>
                    <span className={`badge badge--${event.status}`}>
                      {t(`adminEvents.statuses.${event.status}`)}
                    </span>
                  </td>
                  <td>
                    <Link
                      to={`/admin/events/${event.id}`}
                      aria-label={`${t('adminEvents.edit')}: ${event.title}`}
                    >
                      {t('adminEvents.edit')}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.data ? (
        <Pagination
          page={page}
          total={list.data.total}
          limit={PER_PAGE}
          onPage={(next) => setParams({ ...(status ? { status } : {}), page: String(next) })}
        />
      ) : null}
    </>
  );
}
