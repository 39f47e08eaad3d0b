import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { account } from '../../api/endpoints';
import { isApiError, NO_FORM_ERRORS, type FormErrors } from '../../api/problem';
import type { UserView } from '../../api/types';
import { Field, FormErrorSummary, useFormErrorMapper } from '../../components/forms';

/** The API's own sentences for a wrong current password or a taken address, said for people. */
function useAccountErrors() {
  const { t } = useTranslation();
  const mapErrors = useFormErrorMapper();
  return (error: unknown): FormErrors => {
    if (!isApiError(error)) return mapErrors(error);
    if (error.problem.type?.endsWith('/email-taken'))
      return { fields: { email: [t('accountSettings.emailTaken')] }, general: [] };
    const mapped = mapErrors(error);
    const wrongPassword = error.problem.errors?.some((e) => e.rule === 'currentPassword');
    return wrongPassword
      ? { ...mapped, fields: { ...mapped.fields, currentPassword: [t('accountSettings.wrongPassword')] } }
      : mapped;
  };
}

function SettingsForm(props: {
  id: string;
  title: string;
  submit: string;
  pending: boolean;
  done: string | null;
  onSubmit: () => void;
  children: ReactNode;
}) {
  return (
    <section className="form-section" aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      <form
        className="form"
        noValidate
        onSubmit={(event: FormEvent) => {
          event.preventDefault();
          props.onSubmit();
        }}
      >
        {props.done ? (
          <p className="alert alert--success" role="status">
            {props.done}
          </p>
        ) : null}
        {props.children}
        <button type="submit" className="button button--secondary" disabled={props.pending}>
          {props.submit}
        </button>
      </form>
    </section>
  );
}

export function ChangeNameForm({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const mapErrors = useFormErrorMapper();
  const [displayName, setDisplayName] = useState(user.displayName);
  const save = useMutation({
    mutationFn: () => account.update({ displayName: displayName.trim() }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['me'] }),
  });
  const errors = save.isError ? mapErrors(save.error) : NO_FORM_ERRORS;
  return (
    <SettingsForm
      id="name-heading"
      title={t('accountSettings.nameTitle')}
      submit={t('accountSettings.submitName')}
      pending={save.isPending}
      done={save.isSuccess ? t('accountSettings.nameSaved') : null}
      onSubmit={() => save.mutate()}
    >
      <FormErrorSummary errors={errors} />
      <Field label={t('account.displayName')} errors={errors.fields.displayName} required>
        {(control) => (
          <input
            {...control}
            autoComplete="name"
            value={displayName}
            onChange={(e) => setDisplayName(e.target.value)}
          />
        )}
      </Field>
    </SettingsForm>
  );
}

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const mapErrors = useAccountErrors();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const save = useMutation({
    mutationFn: () => account.changePassword(currentPassword, newPassword),
    onSuccess: () => {
      setCurrentPassword('');
      setNewPassword('');
    },
  });
  const errors = save.isError ? mapErrors(save.error) : NO_FORM_ERRORS;
  return (
    <SettingsForm
      id="password-heading"
      title={t('accountSettings.passwordTitle')}
      submit={t('accountSettings.submitPassword')}
      pending={save.isPending}
      done={save.isSuccess ? t('accountSettings.passwordSaved') : null}
      onSubmit={() => save.mutate()}
    >
      <FormErrorSummary errors={errors} />
      <Field label={t('accountSettings.currentPassword')} errors={errors.fields.currentPassword} required>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
          />
        )}
      </Field>
      <Field
        label={t('accountSettings.newPassword')}
        hint={t('account.passwordHint')}
        errors={errors.fields.newPassword}
        required
      >
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="new-password"
            value={newPassword}
            onChange={(e) => setNewPassword(e.target.value)}
          />
        )}
      </Field>
    </SettingsForm>
  );
}

export function ChangeEmailForm() {
  const { t } = useTranslation();
  const mapErrors = useAccountErrors();
  const [email, setEmail] = useState('');
  const [currentPassword, setCurrentPassword] = useState('');
  const save = useMutation({ mutationFn: () => account.changeEmail(email.trim(), currentPassword) });
  const errors = save.isError ? mapErrors(save.error) : NO_FORM_ERRORS;
  return (
    <SettingsForm
      id="email-heading"
      title={t('accountSettings.emailTitle')}
      submit={t('accountSettings.submitEmail')}
      pending={save.isPending}
      done={save.isSuccess ? t('accountSettings.emailRequested', { email: email.trim() }) : null}
      onSubmit={() => save.mutate()}
    >
      <FormErrorSummary errors={errors} />
      <Field
        label={t('accountSettings.newEmail')}
        hint={t('accountSettings.emailHint')}
        errors={errors.fields.email}
        required
      >
        {(control) => (
          <input
            {...control}
            type="email"
            autoComplete="email"
            value={email}
            onChange={(e) => setEmail(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('accountSettings.currentPassword')} errors={errors.fields.currentPassword} required>
        {(control) => (
          <input
            {...control}
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(e) => setCurrentPassword(e.target.value)}
          />
        )}
      </Field>
    </SettingsForm>
  );
}
