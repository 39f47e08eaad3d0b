import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { clientFormErrors, ClientValidationError, type ClientViolation } from './form-validation';
import {
  formErrorsFrom,
  limitIn,
  type FieldViolation,
  type FormErrors,
  type ProblemDetails,
} from '../api/problem';

export interface ControlProps {
  id: string;
  'aria-invalid': boolean | undefined;
  'aria-describedby': string | undefined;
  required: boolean | undefined;
}

/** A labelled control with its hint and the errors the API gave for it, announced and linked to the input. */
export function Field(props: {
  label: ReactNode;
  errors?: string[];
  hint?: ReactNode;
  required?: boolean;
  className?: string;
  children: (control: ControlProps) => ReactNode;
}) {
  const id = useId();
  const { t } = useTranslation();
  const errors = props.errors ?? [];
  const hintId = props.hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  return (
    <div className={`field ${errors.length > 0 ? 'field--invalid' : ''} ${props.className ?? ''}`}>
      <label htmlFor={id}>
        {props.label}
        {props.required ? <span className="required"> ({t('form.required')})</span> : null}
      </label>
      {props.hint ? (
        <p className="hint" id={hintId}>
          {props.hint}
        </p>
      ) : null}
      {props.children({
        id,
        'aria-invalid': errors.length > 0 || undefined,
        'aria-describedby': [hintId, errorId].filter(Boolean).join(' ') || undefined,
        required: props.required,
      })}
      <FieldErrors id={errorId} errors={errors} />
    </div>
  );
}

export function FieldErrors({ id, errors }: { id?: string; errors: string[] }) {
  if (errors.length === 0) return null;
  return (
    <ul className="field-errors" id={id}>
      {errors.map((error) => (
        <li key={error}>{error}</li>
      ))}
    </ul>
  );
}

export interface Option {
  value: string;
  label: string;
  count?: number;
  hint?: string;
}

/** Checkboxes in a fieldset; a count beside an option says how many results it would keep. */
export function CheckboxGroup(props: {
  legend: ReactNode;
  options: Option[];
  selected: readonly string[];
  onToggle: (value: string) => void;
  errors?: string[];
  className?: string;
  name?: string;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const errors = props.errors ?? [];
  if (props.options.length === 0 && errors.length === 0) return null;
  return (
    <fieldset
      className={`checkbox-group ${props.className ?? ''}`}
      aria-describedby={errors.length > 0 ? errorId : undefined}
    >
      <legend>{props.legend}</legend>
      <ul>
        {props.options.map((option) => (
          <li key={option.value}>
            <label title={option.hint}>
              <input
                type="checkbox"
                name={props.name}
                value={option.value}
                checked={props.selected.includes(option.value)}
                onChange={() => props.onToggle(option.value)}
              />
              <span className="option-label">{option.label}</span>
              {option.count !== undefined ? (
                <span className="count" aria-label={t('search.resultsCount', { count: option.count })}>
                  {option.count}
                </span>
              ) : null}
            </label>
          </li>
        ))}
      </ul>
      <FieldErrors id={errorId} errors={errors} />
    </fieldset>
  );
}

/**
 * What a form could not pin on one of its fields. When errors appear (after a failed submit: `source` is the
 * error that failed it), focus moves to the first invalid control of the form, else to this summary.
 */
export function FormErrorSummary({ errors, source }: { errors: FormErrors; source?: unknown }) {
  const { t } = useTranslation();
  const summary = useRef<HTMLDivElement>(null);
  const fieldCount = Object.keys(errors.fields).length;
  const signature = errors.general.length + fieldCount > 0 ? JSON.stringify(errors) : '';
  useEffect(() => {
    if (!signature || !summary.current) return;
    const form = summary.current.closest('form');
    const invalid = form?.querySelector<HTMLElement>('[aria-invalid="true"]');
    const target = invalid ?? summary.current;
    // The form may still be disabled for the request that just failed: focus once it is usable again.
    let tries = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const focusWhenEnabled = () => {
      if (target.matches(':disabled') && tries++ < 100) timer = setTimeout(focusWhenEnabled, 20);
      else target.focus();
    };
    focusWhenEnabled();
    return () => clearTimeout(timer);
  }, [signature, source]);
  if (errors.general.length === 0 && fieldCount === 0) return null;
  return (
    <div className="alert alert--error" role="alert" ref={summary} tabIndex={-1}>
      {fieldCount > 0 ? <p>{t('form.fixFields', { count: fieldCount })}</p> : null}
      {errors.general.length > 0 ? (
        <ul>
          {errors.general.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** An API violation in the UI language (the API's English sentence when there is no translation for its rule). */
export function violationText(t: TFunction, violation: FieldViolation): string {
  let rule = violation.rule;
  if (rule === 'isLength') rule = /shorter/.test(violation.message) ? 'maxLength' : 'minLength';
  const limit = limitIn(violation.message);
  if (rule === 'minLength' && Number(limit) <= 1) rule = 'notBlank';
  // A rule without a sentence of ours gets a plain one, never the API's English wording.
  return t(`errors.rules.${rule}`, { limit, defaultValue: t('errors.rules.invalid') });
}

/** A rule broken in the browser, in the UI language. */
export function clientViolationText(t: TFunction, violation: ClientViolation): string {
  return t(`errors.rules.${violation.rule}`, {
    limit: violation.limit,
    defaultValue: t('errors.rules.invalid'),
  });
}

export function useFormErrorMapper() {
  const { t } = useTranslation();
  return (
    error: unknown,
    options: {
      shownFields?: (path: string) => boolean;
      fieldOf?: (apiPath: string) => string | undefined;
    } = {},
  ): FormErrors =>
    error instanceof ClientValidationError
      ? clientFormErrors(error.violations, (violation) => clientViolationText(t, violation), options.fieldOf)
      : formErrorsFrom(error, {
          ...options,
          text: (violation) => violationText(t, violation),
          fallback: t('errors.network'),
          problemText: (problem) => problemText(t, problem),
        });
}

const TRANSLATED_STATUSES = [401, 403, 404, 409, 413, 422, 429, 503];

/** A problem in the UI language: known statuses get our sentence, others the API's detail. */
export function problemText(t: TFunction, problem: ProblemDetails): string {
  if (TRANSLATED_STATUSES.includes(problem.status)) {
    return t(`errors.status.${problem.status}`, { detail: problem.detail ?? problem.title });
  }
  if (problem.status >= 500) return t('errors.server');
  return problem.detail ?? problem.title;
}
