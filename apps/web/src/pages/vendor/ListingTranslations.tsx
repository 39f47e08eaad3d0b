import { useTranslation } from 'react-i18next';
import { Field } from '../../components/forms';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';
import {
  EDITOR_TRANSLATION_LANGUAGES as TRANSLATION_LANGUAGES,
  nextTranslationLanguage as nextLanguage,
} from '../../taxonomy/translation-languages';
import { type ListingFieldProps, Section } from './ListingSection';

/** Title and summary in other languages, one row each. */
export function TranslationsSection({ form, set, errors }: ListingFieldProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const uiLanguage = useUiLanguage();
  return (
    <Section title={t('listingEditor.translations')}>
      <p className="hint">{t('listingEditor.translationsHint')}</p>
      {form.translations.map((translation, index) => {
        const update = (patch: Partial<typeof translation>) =>
          set(
            'translations',
            form.translations.map((item, i) => (i === index ? { ...item, ...patch } : item)),
          );
        return (
          <div className="repeat-row" key={index}>
            <Field
              label={t('listingEditor.translationLanguage')}
              errors={errors.fields[`translations.${index}.language`]}
            >
              {(control) => (
                <select
                  {...control}
                  value={translation.language}
                  onChange={(e) => update({ language: e.target.value })}
                >
                  {TRANSLATION_LANGUAGES.map((language) => (
                    <option key={language} value={language}>
                      {labels.language(language)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field
              label={t('listingEditor.translatedTitle')}
              errors={errors.fields[`translations.${index}.title`]}
            >
              {(control) => (
                <input
                  {...control}
                  maxLength={200}
                  value={translation.title}
                  onChange={(e) => update({ title: e.target.value })}
                />
              )}
            </Field>
            <Field
              label={t('listingEditor.translatedSummary')}
              errors={errors.fields[`translations.${index}.summary`]}
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={2}
                  maxLength={1000}
                  value={translation.summary}
                  onChange={(e) => update({ summary: e.target.value })}
                />
              )}
            </Field>
            <button
              type="button"
              className="link-button"
              onClick={() =>
                set(
                  'translations',
                  form.translations.filter((_, i) => i !== index),
                )
              }
            >
              {t('listingEditor.removeTranslation')}
            </button>
          </div>
        );
      })}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() =>
          set('translations', [
            ...form.translations,
            {
              language: nextLanguage(
                uiLanguage,
                form.translations.map((translation) => translation.language),
              ),
              title: '',
              summary: '',
            },
          ])
        }
      >
        {t('listingEditor.addTranslation')}
      </button>
    </Section>
  );
}
