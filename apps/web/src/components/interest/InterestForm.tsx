import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InterestRequestView } from '../../api/types';
import { ErrorMessage } from '../common';

/** Limit of the API's message (INTEREST_MESSAGE_LIMIT). */
const MESSAGE_LIMIT = 500;

export interface InterestChoice {
  id: string;
  label: string;
}

interface InterestFormProps {
  /** i18n section: `askIntroduction` or `expressInterest`. */
  texts: 'askIntroduction' | 'expressInterest';
  /** What the request is for (one of the caller's needs or listings); none when the page already says. */
  choices?: { label: string; options: InterestChoice[] };
  send: (choiceId: string, message: string) => Promise<InterestRequestView>;
  onSent?: (sent: InterestRequestView) => void;
  /** Id of what the button is about (a card's heading), when several such buttons share a page. */
  describedBy?: string;
}

/** A button that opens a short message form; the answer says whether the request is new or was already made. */
export function InterestForm({ texts, choices, send, onSent, describedBy }: InterestFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [choice, setChoice] = useState(choices?.options[0]?.id ?? '');
  const [message, setMessage] = useState('');
  const choiceId = useId();
  const messageId = useId();
  const request = useMutation({
    mutationFn: () => send(choice || (choices?.options[0]?.id ?? ''), message.trim()),
    onSuccess: (sent) => {
      setOpen(false);
      onSent?.(sent);
    },
  });
  if (request.data) {
    return (
      <p role="status" className="alert alert--success">
        {t(request.data.created ? `${texts}.sent` : `${texts}.already`)}
      </p>
    );
  }
  if (!open) {
    return (
      <button type="button" className="button" aria-describedby={describedBy} onClick={() => setOpen(true)}>
        {t(`${texts}.button`)}
      </button>
    );
  }
  return (
    <form
      className="form interest-form"
      onSubmit={(event) => {
        event.preventDefault();
        request.mutate();
      }}
    >
      {choices ? (
        <div className="field">
          <label htmlFor={choiceId}>{choices.label}</label>
          <select id={choiceId} value={choice} onChange={(event) => setChoice(event.target.value)}>
            {choices.options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.label}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={messageId}>{t(`${texts}.message`)}</label>
        <textarea
          id={messageId}
          rows={2}
          maxLength={MESSAGE_LIMIT}
          value={message}
          onChange={(event) => setMessage(event.target.value)}
        />
      </div>
      <div className="form-actions">
        <button type="submit" className="button" disabled={request.isPending}>
          {t(`${texts}.send`)}
        </button>
        <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
          {t('common.cancel')}
        </button>
      </div>
      {request.isError ? <ErrorMessage error={request.error} /> : null}
    </form>
  );
}
