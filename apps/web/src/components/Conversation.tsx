import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { conversations } from '../api/endpoints';
import type { MessageView } from '../api/types';
import { formatDateTime } from '../i18n/format';
import { useUiLanguage } from '../taxonomy/labels';
import { ErrorMessage, Loading } from './common';
import { FieldErrors, useFormErrorMapper } from './forms';
import { LinkedText } from './LinkedText';

const PAGE = 100;
const REFRESH_MS = 15_000;

/** A match's conversation: messages oldest first (the latest 100), a box to write, the own ones editable. */
export function Conversation({ matchId, open }: { matchId: string; open: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const queryClient = useQueryClient();
  const messages = useQuery({
    queryKey: ['conversation', matchId],
    queryFn: async () => {
      const first = await conversations.list(matchId, { limit: PAGE });
      const last = Math.ceil(first.total / PAGE);
      return last > 1 ? conversations.list(matchId, { limit: PAGE, page: last }) : first;
    },
    refetchInterval: REFRESH_MS,
  });
  const unread = messages.data?.unread ?? 0;
  useEffect(() => {
    if (unread === 0) return;
    void conversations.markRead(matchId).then(() => {
      void queryClient.invalidateQueries({ queryKey: ['unread'] });
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
      void queryClient.invalidateQueries({ queryKey: ['conversation', matchId] });
    });
  }, [unread, matchId, queryClient]);

  return (
    <section className="card conversation" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('conversation.title')}</h2>
      {messages.isPending ? <Loading /> : null}
      {messages.isError ? <ErrorMessage error={messages.error} /> : null}
      {messages.data?.items.length === 0 ? <p className="meta">{t('conversation.none')}</p> : null}
      <ol className="message-list" aria-label={t('conversation.messages')}>
        {messages.data?.items.map((message) => (
          <li key={message.id}>
            <Message message={message} open={open} />
          </li>
        ))}
      </ol>
      {open ? <NewMessage matchId={matchId} /> : <p className="meta">{t('conversation.closed')}</p>}
    </section>
  );
}

function Message({ message, open }: { message: MessageView; open: boolean }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [editing, setEditing] = useState(false);
  const seat = t(`conversation.seat.${message.author.seat}`);
  return (
    <article className={`message message--${message.author.seat}`}>
      <header className="message-head">
        <strong>{message.author.name}</strong>
        <span className="meta">
          {message.author.organizationName ? `${message.author.organizationName} · ` : ''}
          {seat} · {formatDateTime(message.createdAt, language)}
          {message.editedAt ? ` · ${t('conversation.edited')}` : ''}
        </span>
      </header>
      {editing ? (
        <EditMessage message={message} onDone={() => setEditing(false)} />
      ) : (
        <p className="message-text">
          <LinkedText text={message.text} links={message.links} />
        </p>
      )}
      {message.edits.length > 0 ? (
        <details className="message-history">
          <summary>{t('conversation.history', { count: message.edits.length })}</summary>
          <ol>
            {message.edits.map((edit, index) => (
              <li key={index}>
                <span className="meta">
                  {t('conversation.replacedAt', { date: formatDateTime(edit.replacedAt, language) })}
                </span>
                <p className="message-text">{edit.text}</p>
              </li>
            ))}
          </ol>
        </details>
      ) : null}
      {message.mine && open && !editing ? (
        <button type="button" className="link-button" onClick={() => setEditing(true)}>
          {t('conversation.edit')}
        </button>
      ) : null}
    </article>
  );
}

function NewMessage({ matchId }: { matchId: string }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  // One key per message being written: a retry after a lost answer does not post it twice.
  const [key, setKey] = useState(newKey);
  const post = useMessageMutation(
    matchId,
    () => conversations.post(matchId, text, key),
    () => {
      setText('');
      setKey(newKey());
    },
  );
  return (
    <MessageForm
      label={t('conversation.write')}
      submit={t('conversation.send')}
      text={text}
      setText={setText}
      mutation={post}
    />
  );
}

function EditMessage({ message, onDone }: { message: MessageView; onDone: () => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(message.text);
  const edit = useMessageMutation(
    message.matchId,
    () => conversations.edit(message.matchId, message.id, text),
    onDone,
  );
  return (
    <MessageForm
      label={t('conversation.editLabel')}
      submit={t('conversation.save')}
      text={text}
      setText={setText}
      mutation={edit}
      onCancel={onDone}
    />
  );
}

function useMessageMutation(matchId: string, send: () => Promise<MessageView>, onSent: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: send,
    onSuccess: () => {
      onSent();
      void queryClient.invalidateQueries({ queryKey: ['conversation', matchId] });
      void queryClient.invalidateQueries({ queryKey: ['unread'] });
      void queryClient.invalidateQueries({ queryKey: ['inbox'] });
    },
  });
}

function MessageForm(props: {
  label: string;
  submit: string;
  text: string;
  setText: (text: string) => void;
  mutation: ReturnType<typeof useMessageMutation>;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const errorId = useId();
  const formErrors = useFormErrorMapper();
  const errors = props.mutation.isError ? formErrors(props.mutation.error) : null;
  const fieldErrors = errors?.fields.text ?? [];
  return (
    <form
      className="message-form"
      onSubmit={(event) => {
        event.preventDefault();
        props.mutation.mutate();
      }}
    >
      <label htmlFor={id}>{props.label}</label>
      <textarea
        id={id}
        rows={3}
        maxLength={5000}
        value={props.text}
        aria-invalid={fieldErrors.length > 0 || undefined}
        aria-describedby={fieldErrors.length > 0 ? errorId : undefined}
        onChange={(event) => props.setText(event.target.value)}
      />
      <FieldErrors id={errorId} errors={fieldErrors} />
      {errors?.general.length ? <p className="alert alert--error">{errors.general.join(' ')}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button" disabled={props.mutation.isPending}>
          {props.submit}
        </button>
        {props.onCancel ? (
          <button type="button" className="button button--secondary" onClick={props.onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

/** A random idempotency key; `getRandomValues` works on plain http too, unlike `randomUUID`. */
function newKey(): string {
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) =>
    byte.toString(16).padStart(2, '0'),
  ).join('');
}
