import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NO_FORM_ERRORS } from '../../api/problem';
import { type MeetingView, meetings } from '../../api/meeting-endpoints';
import { FormErrorSummary, useFormErrorMapper } from '../../components/forms';

/** After the meeting: one side records whether it was useful and whether a follow-up is planned. */
export function MeetingFeedback({
  eventId,
  meeting,
  side,
}: {
  eventId: string;
  meeting: MeetingView;
  side: 'requester' | 'invitee';
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mapErrors = useFormErrorMapper();
  const recorded = side === 'requester' ? meeting.requesterFeedback : meeting.inviteeFeedback;
  const [useful, setUseful] = useState(recorded.useful ?? false);
  const [followUp, setFollowUp] = useState(recorded.followUpPlanned ?? false);
  const legendId = useId();
  const save = useMutation({
    mutationFn: () => meetings.feedback(eventId, meeting.id, { useful, followUpPlanned: followUp }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['meetings', eventId] }),
  });
  const errors = save.isError ? mapErrors(save.error) : NO_FORM_ERRORS;
  const yesNo = (value: boolean) => (value ? t('meetingForms.yes') : t('meetingForms.no'));
  return (
    <form
      className="meeting-feedback"
      aria-labelledby={legendId}
      onSubmit={(e) => {
        e.preventDefault();
        save.mutate();
      }}
    >
      <p id={legendId}>
        <strong>{t('meetingForms.feedbackHeading')}</strong>
      </p>
      {recorded.useful !== null && recorded.followUpPlanned !== null ? (
        <p className="feedback-recorded" role="status">
          {t('meetingForms.recorded', {
            useful: yesNo(recorded.useful),
            followUp: yesNo(recorded.followUpPlanned),
          })}
        </p>
      ) : null}
      <FormErrorSummary errors={errors} source={save.error} />
      <label>
        <input type="checkbox" checked={useful} onChange={(e) => setUseful(e.target.checked)} />{' '}
        {t('meetingForms.useful')}
      </label>{' '}
      <label>
        <input type="checkbox" checked={followUp} onChange={(e) => setFollowUp(e.target.checked)} />{' '}
        {t('meetingForms.followUp')}
      </label>{' '}
      <button type="submit" className="button" disabled={save.isPending}>
        {t('meetingForms.saveFeedback')}
      </button>
    </form>
  );
}
