import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { events } from '../../api/endpoints';
import { isApiError } from '../../api/problem';
import type { EventView } from '../../api/types';
import { Chips, EmptyState, ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { usePageDescription } from '../../components/page-meta';
import { formatDateTime } from '../../i18n/format';
import { useSignedInUser } from '../../session/session';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';
import { viewerTimeZone } from './zoned';
import { meetings } from '../../api/meeting-endpoints';

/** The public page of one event: when and where, the programme, who comes, a calendar file and registering. */
export function EventPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const event = useQuery({ queryKey: ['event', id], queryFn: () => events.get(id) });
  const notFound =
    event.isError && isApiError(event.error) && (event.error.status === 404 || event.error.status === 400);
  usePageTitle(notFound ? t('eventPage.notFoundTitle') : event.data?.title);
  usePageDescription(event.data?.description || undefined, event.data?.title);
  if (event.isPending) return <Loading />;
  if (notFound) {
    return (
      <>
        <PageHeader title={t('eventPage.notFoundTitle')} lead={t('eventPage.notFoundText')} />
        <p>
          <Link to="/events">← {t('eventPage.back')}</Link>
        </p>
      </>
    );
  }
  if (event.isError) return <ErrorMessage error={event.error} />;
  return <EventDetails event={event.data} />;
}

function EventDetails({ event }: { event: EventView }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const language = useUiLanguage();
  const user = useSignedInUser();
  const viewerZone = viewerTimeZone();
  const place = [event.city, event.country ? labels.country(event.country) : null].filter(Boolean).join(', ');
  const ended = new Date(event.endsAt) <= new Date();
  const span = (zone: string) =>
    `${formatDateTime(event.startsAt, language, zone)} – ${formatDateTime(event.endsAt, language, zone)}`;
  return (
    <article className="event-page">
      <p>
        <Link to="/events">← {t('eventPage.back')}</Link>
      </p>
      <PageHeader
        title={event.title}
        lead={
          <>
            <span className="badge">{t(`events.kinds.${event.kind}`)}</span>{' '}
            {event.status === 'cancelled' ? (
              <span className="badge badge--cancelled">{t('eventPage.cancelled')}</span>
            ) : null}
          </>
        }
        actions={
          user?.role === 'admin' ? (
            <Link className="button button--secondary" to={`/admin/events/${event.id}`}>
              {t('eventPage.edit')}
            </Link>
          ) : undefined
        }
      />
      {event.status === 'cancelled' ? (
        <div className="alert alert--error" role="status">
          <p>
            <strong>{t('eventPage.cancelledNotice')}</strong>
          </p>
          <p>{t('eventPage.cancelledReason', { reason: event.cancellationReason ?? '' })}</p>
        </div>
      ) : null}
      {event.status === 'draft' ? <p className="alert alert--info">{t('eventPage.draft')}</p> : null}
      <div className="two-columns">
        <div>
          <section aria-labelledby="event-about-heading">
            <h2 id="event-about-heading">{t('eventPage.about')}</h2>
            <p className="prose">{event.description}</p>
            <Chips items={event.pollutants.map((p) => labels.pollutant(p))} />
          </section>
          <section aria-labelledby="event-programme-heading">
            <h2 id="event-programme-heading">{t('eventPage.programme')}</h2>
            {event.programme.length === 0 ? (
              <EmptyState>{t('eventPage.noProgramme')}</EmptyState>
            ) : (
              <div className="table-scroll">
                <table className="programme">
                  <caption className="visually-hidden">
                    {t('eventPage.programme')} ({event.timeZone})
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">
                        {t('eventPage.programmeTime')} ({event.timeZone})
                      </th>
                      <th scope="col">{t('eventPage.programmeTitle')}</th>
                      <th scope="col">{t('eventPage.programmeSpeaker')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {event.programme.map((item, index) => (
                      <tr key={`${item.startsAt}-${index}`}>
                        <td>
                          <time dateTime={item.startsAt}>
                            {formatDateTime(item.startsAt, language, event.timeZone)}
                          </time>
                        </td>
                        <td>{item.title}</td>
                        <td>{item.speaker ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
          {event.showAttendees ? <Attendees eventId={event.id} /> : null}
        </div>
        <aside className="card" aria-labelledby="event-facts-heading">
          <h2 id="event-facts-heading">{t('eventPage.when')}</h2>
          <dl>
            <div className="fact">
              <dt>{t('eventPage.eventTime', { zone: event.timeZone })}</dt>
              <dd data-testid="event-time">{span(event.timeZone)}</dd>
            </div>
            {viewerZone !== event.timeZone ? (
              <div className="fact">
                <dt>{t('eventPage.yourTime', { zone: viewerZone })}</dt>
                <dd data-testid="viewer-time">{span(viewerZone)}</dd>
              </div>
            ) : null}
            <div className="fact">
              <dt>{t('eventPage.where')}</dt>
              <dd>
                {place || t('eventPage.online')}
                {event.onlineUrl ? (
                  <>
                    {place ? ' · ' : ' '}
                    <a href={event.onlineUrl} rel="noopener noreferrer" target="_blank">
                      {t('eventPage.joinOnline')}
                    </a>
                  </>
                ) : null}
              </dd>
            </div>
            <div className="fact">
              <dt>{t('eventPage.organiser')}</dt>
              <dd>{event.organiser}</dd>
            </div>
          </dl>
          <p>
            <a className="button button--secondary" href={events.calendarUrl(event.id)} download>
              {t('eventPage.calendar')}
            </a>
          </p>
          {ended ? <p>{t('eventPage.ended')}</p> : null}
          {!user && event.status === 'published' && !ended ? (
            <p>
              <Link to="/login">{t('eventPage.loginToRegister')}</Link>
            </p>
          ) : null}
          {user && user.role !== 'admin' ? <Registration event={event} ended={ended} /> : null}
          {user ? <MeetingsLink eventId={event.id} admin={user.role === 'admin'} /> : null}
        </aside>
      </div>
    </article>
  );
}

function Registration({ event, ended }: { event: EventView; ended: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mine = useQuery({ queryKey: ['event', event.id, 'mine'], queryFn: () => events.mine(event.id) });
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['event', event.id] });
  };
  const register = useMutation({ mutationFn: () => events.attend(event.id), onSuccess: refresh });
  const withdraw = useMutation({ mutationFn: () => events.withdraw(event.id), onSuccess: refresh });
  if (mine.isPending) return <Loading />;
  if (mine.isError) return <ErrorMessage error={mine.error} />;
  const registered = mine.data.registered;
  const open = event.status === 'published' && !ended;
  const busy = register.isPending || withdraw.isPending;
  return (
    <div className="event-registration">
      <p role="status">{registered ? t('eventPage.registered') : t('eventPage.notRegistered')}</p>
      {open && !registered ? (
        <button type="button" className="button" disabled={busy} onClick={() => register.mutate()}>
          {t('eventPage.register')}
        </button>
      ) : null}
      {open && registered ? (
        <button
          type="button"
          className="button button--secondary"
          disabled={busy}
          onClick={() => withdraw.mutate()}
        >
          {t('eventPage.unregister')}
        </button>
      ) : null}
      {register.isError ? <ErrorMessage error={register.error} /> : null}
      {withdraw.isError ? <ErrorMessage error={withdraw.error} /> : null}
    </div>
  );
}

function Attendees({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const list = useQuery({
    queryKey: ['event', eventId, 'attendees'],
    queryFn: () => events.attendees(eventId, { limit: 100 }),
  });
  return (
    <section aria-labelledby="event-attendees-heading">
      <h2 id="event-attendees-heading">{t('eventPage.attendees')}</h2>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorMessage error={list.error} /> : null}
      {list.data?.items.length === 0 ? <EmptyState>{t('eventPage.noAttendees')}</EmptyState> : null}
      <ul className="attendee-list">
        {list.data?.items.map((attendee) => (
          <li key={attendee.organization.id}>
            <Link to={`/organizations/${attendee.organization.id}`}>{attendee.organization.name}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** To the event's B2B meetings when booking is open (organisers: always, to set booking up). */
function MeetingsLink({ eventId, admin }: { eventId: string; admin: boolean }) {
  const { t } = useTranslation();
  const settings = useQuery({
    queryKey: ['meetings', eventId, 'settings'],
    queryFn: () => meetings.settings(eventId),
    retry: false,
  });
  if (!admin && !settings.data?.open) return null;
  return (
    <p>
      <Link className="button" to={`/events/${eventId}/meetings`}>
        {admin ? t('meetingForms.manageLink') : t('meetingForms.meetingsLink')}
      </Link>
    </p>
  );
}
