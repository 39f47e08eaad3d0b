import { useMutation, useQuery } from '@tanstack/react-query';
import { Fragment, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { events } from '../../api/endpoints';
import type { EventView } from '../../api/types';
import {
  EmptyState,
  ErrorMessage,
  Placeholder,
  PageHeader,
  Pagination,
  usePageTitle,
} from '../../components/common';
import { RelatedResources } from '../../components/RelatedResources';
import { formatDateTime } from '../../i18n/format';
import { useSignedInUser } from '../../session/session';
import { useLabels, useTaxonomy, useUiLanguage } from '../../taxonomy/labels';

const EVENTS_PER_PAGE = 20;

export function EventsPage() {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  const [params, setParams] = useSearchParams();
  const country = params.get('country') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const countryId = useId();
  usePageTitle(t('events.title'));
  const list = useQuery({
    queryKey: ['events', country, page],
    queryFn: () => events.list({ country: country || undefined, page, limit: EVENTS_PER_PAGE }),
  });
  const feedUrl = events.feedUrl({ country: country || undefined });
  return (
    <>
      <PageHeader
        title={t('events.title')}
        lead={t('events.lead')}
        actions={
          <a className="button button--secondary" href={feedUrl} type="text/calendar">
            {t('events.subscribe')}
          </a>
        }
      />
      <div className="toolbar">
        <div className="inline-field">
          <label htmlFor={countryId}>{t('events.country')}</label>
          <select
            id={countryId}
            value={country}
            onChange={(event) => setParams(event.target.value ? { country: event.target.value } : {})}
          >
            <option value="">{t('events.anyCountry')}</option>
            {(taxonomy?.countries ?? []).map((c) => (
              <option key={c.id} value={c.id}>
                {labels.country(c.id)}
              </option>
            ))}
          </select>
        </div>
        <p className="hint">{t('events.feedHint')}</p>
      </div>
      {list.isPending ? <Placeholder shape="item" rows={5} /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('events.none')}</EmptyState> : null}
      <ul className="event-list">
        {list.data?.items.map((event) => (
          <EventCard key={event.id} event={event} />
        ))}
      </ul>
      {list.data ? (
        <Pagination
          page={page}
          total={list.data.total}
          limit={EVENTS_PER_PAGE}
          onPage={(next) => setParams({ ...(country ? { country } : {}), page: String(next) })}
        />
      ) : null}
    </>
  );
}

function EventCard({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const user = useSignedInUser();
  const attend = useMutation({ mutationFn: () => events.attend(event.id) });
  const place = [event.city, event.country ? labels.country(event.country) : null].filter(Boolean).join(', ');
  return (
    <li className="card event" id={`event-${event.id}`}>
      <h2>
        <Link to={`/events/${event.id}`}>{event.title}</Link>
      </h2>
      <p className="meta">
        <span className="badge">{t(`events.kinds.${event.kind}`)}</span>{' '}
        {event.status === 'cancelled' ? (
          <>
            <span className="badge badge--cancelled">{t('events.cancelled')}</span>{' '}
          </>
        ) : null}
        <time dateTime={event.startsAt}>{formatDateTime(event.startsAt, language, event.timeZone)}</time> –{' '}
        <time dateTime={event.endsAt}>{formatDateTime(event.endsAt, language, event.timeZone)}</time> (
        {event.timeZone})
      </p>
      <p className="event-where">
        {[
          place ? <span key="place">{place}</span> : null,
          event.onlineUrl ? (
            <a key="online" href={event.onlineUrl} rel="noopener noreferrer" target="_blank">
              {t('events.online')}
            </a>
          ) : null,
          <span key="organiser">{t('events.organiser', { organiser: event.organiser })}</span>,
        ]
          .filter((part) => part !== null)
          .flatMap((part, index) =>
            index === 0 ? [part] : [<Fragment key={`dot-${index}`}>{' · '}</Fragment>, part],
          )}
      </p>
      <details>
        <summary>{t('events.details')}</summary>
        <p className="prose">{event.description}</p>
      </details>
      <RelatedResources eventId={event.id} />
      {user && user.role !== 'admin' && event.status === 'published' ? (
        attend.isSuccess ? (
          <p role="status" className="alert alert--success">
            {t('events.registered')}
          </p>
        ) : (
          <button
            type="button"
            className="button button--secondary button--small"
            disabled={attend.isPending}
            onClick={() => attend.mutate()}
          >
            {t('events.register')}
          </button>
        )
      ) : null}
      {attend.isError ? <ErrorMessage error={attend.error} /> : null}
    </li>
  );
}
