import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../api/problem';
import { type BookingSettingsView, meetings } from '../../api/meeting-endpoints';
import { EmptyState, ErrorMessage, Loading, PageHeader, usePageTitle } from '../../components/common';
import { formatDateTime } from '../../i18n/format';
import { useSignedInUser } from '../../session/session';
import { useUiLanguage } from '../../taxonomy/labels';
import { AvailabilityEditor } from './availability-editor';
import { BookingSettingsSection } from './booking-settings-section';
import { MyMeetings } from './my-meetings';
import { ParticipantCard } from './participant-card';
import { ParticipantFilters, type ParticipantFilterValues } from './participant-filters';

/** `/events/:id/meetings`: participants to ask, requests to answer, and the meetings booked at one event. */
export function EventMeetingsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const event = useQuery({ queryKey: ['event', id], queryFn: () => meetings.event(id) });
  const settings = useQuery({
    queryKey: ['meetings', id, 'settings'],
    queryFn: () => meetings.settings(id),
    retry: false,
  });
  const title = event.data ? t('meetings.title', { event: event.data.title }) : t('meetings.titleFallback');
  usePageTitle(title);
  const language = useUiLanguage();
  const notOpen = settings.error instanceof ApiError && settings.error.status === 404;
  const isAdmin = useSignedInUser()?.role === 'admin';
  return (
    <>
      <PageHeader
        title={title}
        lead={t('meetings.lead')}
        actions={
          <Link className="button button--secondary" to="/agenda">
            {t('meetings.agendaLink')}
          </Link>
        }
      />
      {settings.isPending ? <Loading /> : null}
      {notOpen ? <EmptyState>{t('meetings.notOpen')}</EmptyState> : null}
      {settings.isError && !notOpen ? <ErrorMessage error={settings.error} /> : null}
      {isAdmin && event.data && (settings.data || notOpen) ? (
        <BookingSettingsSection
          eventId={id}
          timeZone={event.data.timeZone}
          eventStartsAt={event.data.startsAt}
          settings={settings.data}
        />
      ) : null}
      {settings.data ? (
        <>
          <p className="hint">
            {t('meetings.window', {
              from: formatDateTime(settings.data.windowStart, language),
              to: formatDateTime(settings.data.windowEnd, language),
              minutes: settings.data.slotMinutes,
              limit: settings.data.perOrganizationLimit,
            })}
          </p>
          {!settings.data.open ? <p className="notice">{t('meetings.closed')}</p> : null}
          <Booking eventId={id} settings={settings.data} isAdmin={isAdmin} />
        </>
      ) : null}
    </>
  );
}

function Booking({
  eventId,
  settings,
  isAdmin,
}: {
  eventId: string;
  settings: BookingSettingsView;
  isAdmin: boolean;
}) {
  const { t } = useTranslation();
  const open = settings.open;
  const queryClient = useQueryClient();
  const [filters, setFilters] = useState<ParticipantFilterValues>({ country: '', pollutant: '', sector: '' });
  const participants = useQuery({
    queryKey: ['meetings', eventId, 'participants', filters],
    queryFn: () =>
      meetings.participants(eventId, {
        country: filters.country || undefined,
        pollutant: filters.pollutant || undefined,
        sector: filters.sector || undefined,
        limit: 100,
      }),
    retry: false,
  });
  const register = useMutation({
    mutationFn: () => meetings.attend(eventId),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['meetings', eventId] }),
  });
  const notRegistered = participants.error instanceof ApiError && participants.error.status === 403;
  if (notRegistered) {
    return (
      <section className="panel">
        <p>{t('meetings.register')}</p>
        <button
          type="button"
          className="button"
          onClick={() => register.mutate()}
          disabled={register.isPending}
        >
          {t('meetings.registerButton')}
        </button>
        {register.isError ? <ErrorMessage error={register.error} /> : null}
      </section>
    );
  }
  return (
    <div className="meetings-layout">
      {!isAdmin && participants.isSuccess ? (
        <AvailabilityEditor eventId={eventId} settings={settings} />
      ) : null}
      <MyMeetings eventId={eventId} />
      <section aria-labelledby="participants-heading">
        <h2 id="participants-heading">{t('meetings.participants')}</h2>
        <ParticipantFilters value={filters} onChange={setFilters} />
        {participants.isPending ? <Loading /> : null}
        {participants.isError ? <ErrorMessage error={participants.error} /> : null}
        {participants.data?.items.length === 0 ? (
          <EmptyState>{t('meetings.noParticipants')}</EmptyState>
        ) : null}
        <ul className="card-list">
          {participants.data?.items.map((participant) => (
            <ParticipantCard
              key={participant.organization.id}
              eventId={eventId}
              participant={participant}
              open={open}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}
