import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { type MeetingView, meetings } from '../../api/meeting-endpoints';
import { ErrorMessage, Loading } from '../../components/common';
import { formatDateTime } from '../../i18n/format';
import { useMe } from '../../session/session';
import { useUiLanguage } from '../../taxonomy/labels';
import { MeetingFeedback } from './meeting-feedback';

/** The caller's requests received and sent, and the meetings booked, each with what can be done next. */
export function MyMeetings({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const me = useMe();
  const mine = me.data?.organization?.id;
  const list = useQuery({ queryKey: ['meetings', eventId, 'mine'], queryFn: () => meetings.list(eventId) });
  const items = list.data?.items ?? [];
  const incoming = items.filter((m) => m.status === 'requested' && m.invitee.id === mine);
  const outgoing = items.filter((m) => m.status === 'requested' && m.requester.id === mine);
  const booked = items.filter((m) => m.status === 'accepted');
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorMessage error={list.error} />;
  return (
    <>
      <MeetingSection
        eventId={eventId}
        heading={t('meetings.incoming')}
        empty={t('meetings.noIncoming')}
        items={incoming}
        kind="incoming"
      />
      <MeetingSection
        eventId={eventId}
        heading={t('meetings.outgoing')}
        empty={t('meetings.noOutgoing')}
        items={outgoing}
        kind="outgoing"
      />
      <MeetingSection
        eventId={eventId}
        heading={t('meetings.booked')}
        empty={t('meetings.noBooked')}
        items={booked}
        kind="booked"
        mine={mine}
      />
    </>
  );
}

function MeetingSection({
  eventId,
  heading,
  empty,
  items,
  kind,
  mine,
}: {
  eventId: string;
  heading: string;
  empty: string;
  items: MeetingView[];
  kind: 'incoming' | 'outgoing' | 'booked';
  mine?: string;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const queryClient = useQueryClient();
  const headingId = useId();
  const answer = useMutation({
    mutationFn: ({ id, what }: { id: string; what: 'accept' | 'decline' | 'cancel' }) =>
      meetings.answer(eventId, id, what),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['meetings', eventId] }),
  });
  return (
    <section aria-labelledby={headingId} className={`meetings-${kind}`}>
      <h2 id={headingId}>{heading}</h2>
      {items.length === 0 ? <p className="hint">{empty}</p> : null}
      <ul className="card-list">
        {items.map((meeting) => {
          const other =
            kind === 'incoming' || (kind === 'booked' && meeting.invitee.id === mine)
              ? meeting.requester
              : meeting.invitee;
          return (
            <li key={meeting.id} className="card">
              <h3>
                {kind === 'incoming'
                  ? t('meetings.from', { name: other.name })
                  : kind === 'outgoing'
                    ? t('meetings.to', { name: other.name })
                    : t('meetings.with', { name: other.name })}
              </h3>
              {meeting.message ? <p>{meeting.message}</p> : null}
              {meeting.startsAt && meeting.place ? (
                <p className="meta">
                  {t('meetings.at', {
                    time: formatDateTime(meeting.startsAt, language),
                    place: meeting.place.name,
                  })}
                </p>
              ) : null}
              {kind === 'incoming' ? (
                <>
                  <button
                    type="button"
                    className="button"
                    onClick={() => answer.mutate({ id: meeting.id, what: 'accept' })}
                  >
                    {t('meetings.accept')}
                  </button>{' '}
                  <button
                    type="button"
                    className="button button--secondary"
                    onClick={() => answer.mutate({ id: meeting.id, what: 'decline' })}
                  >
                    {t('meetings.decline')}
                  </button>
                </>
              ) : kind === 'booked' && mine && meeting.endsAt && new Date(meeting.endsAt) <= new Date() ? (
                <MeetingFeedback
                  eventId={eventId}
                  meeting={meeting}
                  side={meeting.requester.id === mine ? 'requester' : 'invitee'}
                />
              ) : (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => answer.mutate({ id: meeting.id, what: 'cancel' })}
                >
                  {kind === 'outgoing' ? t('meetings.withdraw') : t('meetings.cancel')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {answer.isError ? <ErrorMessage error={answer.error} /> : null}
    </section>
  );
}
