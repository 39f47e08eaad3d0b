import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldErrors } from './forms';

export interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** A reason the decision must carry (a rejection, a withdrawal): the field label; omitted, none is asked. */
  reasonLabel?: string;
  /** Errors from the server for the reason field, shown under it. */
  reasonErrors?: string[];
  danger?: boolean;
  busy?: boolean;
  onConfirm: (reason: string) => void;
  onCancel: () => void;
}

const MIN_REASON = 3;

/**
 * A modal confirmation in a native `<dialog>`: the browser keeps focus inside, Escape cancels, and screen
 * readers announce it with its title. Focus starts on the reason field when there is one, else on Cancel
 * (the safe choice), and returns to the button that opened it when it closes.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const reasonField = useRef<HTMLTextAreaElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);

  useEffect(() => {
    const opener = document.activeElement as HTMLElement | null;
    const element = dialog.current;
    if (element && !element.open) element.showModal?.();
    (reasonField.current ?? cancelButton.current)?.focus();
    return () => opener?.focus?.();
  }, []);

  const errors = [
    ...(tooShort ? [t('confirmDialog.reasonTooShort', { min: MIN_REASON })] : []),
    ...(props.reasonErrors ?? []),
  ];
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (props.reasonLabel !== undefined && reason.trim().length < MIN_REASON) {
      setTooShort(true);
      reasonField.current?.focus();
      return;
    }
    props.onConfirm(reason.trim());
  };
  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        props.onCancel();
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id={`${id}-title`}>{props.title}</h2>
        <div id={`${id}-body`}>{props.children}</div>
        {props.reasonLabel !== undefined ? (
          <div className={`field ${errors.length > 0 ? 'field--invalid' : ''}`}>
            <label htmlFor={`${id}-reason`}>
              {props.reasonLabel}
              <span className="required"> ({t('form.required')})</span>
            </label>
            <textarea
              ref={reasonField}
              id={`${id}-reason`}
              rows={3}
              maxLength={2000}
              required
              value={reason}
              aria-invalid={errors.length > 0 || undefined}
              aria-describedby={errors.length > 0 ? `${id}-reason-error` : undefined}
              onChange={(event) => {
                setReason(event.target.value);
                if (event.target.value.trim().length >= MIN_REASON) setTooShort(false);
              }}
            />
            <FieldErrors id={`${id}-reason-error`} errors={errors} />
          </div>
        ) : null}
        <div className="form-actions">
          <button
            type="submit"
            className={`button ${props.danger ? 'button--danger' : ''}`}
            disabled={props.busy}
          >
            {props.confirmLabel}
          </button>
          <button
            ref={cancelButton}
            type="button"
            className="button button--secondary"
            onClick={props.onCancel}
          >
            {t('confirmDialog.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
