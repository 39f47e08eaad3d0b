import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type ParticipantView, meetings } from '../../api/meeting-endpoints';
import { ErrorMessage } from '../../components/common';
import { useLabels } from '../../taxonomy/labels';

/** One registered organisation: where it is from, the meeting status with it, and a request to write. */
export function ParticipantCard({
  eventId,
  participant,
  open,
}: {
  eventId: string;
  participant: ParticipantView;
  open: boolean;
}) {
  const { t } = useTranslation();
  const labels = useLabels();
  const queryClient = useQueryClient();
  const [writing, setWriting] = useState(false);
  const [message, setMessage] = useState('');
  const messageId = useId();
  const organization = participant.organization;
  const send = useMutation({
    mutationFn: () => meetings.request(eventId, organization.id, message),
    onSuccess: () => {
      setWriting(false);
      return queryClient.invalidateQueries({ queryKey: ['meetings', eventId] });
    },
  });
  const mayAsk = open && ['none', 'declined', 'cancelled'].includes(participant.meetingStatus);
  return (
    <li className="card">
      <h3>{organization.name}</h3>
      <p className="meta">
        {labels.country(organization.country)} · {organization.city}
        {participant.sharedMatch ? (
          <span className="badge badge--connected"> {t('meetings.sharedMatch')}</span>
        ) : null}
      </p>
      <p>
        {t('meetings.statusLabel')}: {t(`meetings.status.${participant.meetingStatus}`)}
      </p>
      {mayAsk && !writing ? (
        <button
          type="button"
          className="button"
          aria-label={t('meetings.requestWith', { name: organization.name })}
          onClick={() => setWriting(true)}
        >
          {t('meetings.requestButton')}
        </button>
      ) : null}
      {writing ? (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            send.mutate();
          }}
        >
          <label htmlFor={messageId}>{t('meetings.message')}</label>
          <textarea
            id={messageId}
            value={message}
            maxLength={1000}
            placeholder={t('meetings.messagePlaceholder')}
            onChange={(e) => setMessage(e.target.value)}
          />
          <button type="submit" className="button" disabled={send.isPending}>
            {t('meetings.send')}
          </button>{' '}
          <button type="button" className="button button--secondary" onClick={() => setWriting(false)}>
            {t('meetings.cancelForm')}
          </button>
          {send.isError ? <ErrorMessage error={send.error} /> : null}
        </form>
      ) : null}
    </li>
  );
}
