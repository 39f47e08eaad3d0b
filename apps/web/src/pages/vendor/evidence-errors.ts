import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/problem';
import { violationText } from '../../components/forms';

export type Errors = Record<string, string[]>;
export type Message = { kind: 'error' | 'success'; text: string } | null;

/** Turns a refused request into messages per field (API paths, `evidence.` prefix dropped) and a general one. */
export function useErrorsOf() {
  const { t } = useTranslation();
  return (error: unknown): { fields: Errors; general: string | null } => {
    if (!isApiError(error)) return { fields: {}, general: t('errors.network') };
    const violations = error.problem.errors ?? [];
    if (violations.length === 0) return { fields: {}, general: error.problem.detail ?? error.problem.title };
    const fields: Errors = {};
    for (const violation of violations) {
      const field = violation.field.replace(/^evidence\./, '');
      const text = t(`evidence.rules.${violation.rule}`, { defaultValue: violationText(t, violation) });
      (fields[field] ??= []).push(text);
    }
    return { fields, general: null };
  };
}
