import { useTranslation } from 'react-i18next';
import type { FormErrors } from '../../api/problem';
import { Field, FieldErrors } from '../../components/forms';
import { useLabels, useUiLanguage } from '../../taxonomy/labels';
import { EDITOR_TRANSLATION_LANGUAGES, nextTranslationLanguage } from '../../taxonomy/translation-languages';
import type { NeedForm, NeedFormTranslation } from './need-form';

interface NeedTranslationsProps {
  translations: NeedForm['translations'];
  set: (translations: NeedForm['translations']) => void;
  errors: FormErrors;
}

/** The need's title and description in the partner countries' languages, one row each. */
export function NeedTranslationsSection({ translations, set, errors }: NeedTranslationsProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const uiLanguage = useUiLanguage();
  const update = (index: number, patch: Partial<NeedFormTranslation>) =>
    set(translations.map((item, i) => (i === index ? { ...item, ...patch } : item)));
  return (
    <section className="form-section">
      <h2>{t('listingEditor.translations')}</h2>
      <p className="hint">{t('needTranslations.hint')}</p>
      <FieldErrors errors={errors.fields.translations ?? []} />
      {translations.map((translation, index) => (
        <div className="repeat-row" key={index}>
          <Field
            label={t('listingEditor.translationLanguage')}
            errors={errors.fields[`translations.${index}.language`]}
          >
            {(control) => (
              <select
                {...control}
                name={`translations.${index}.language`}
                value={translation.language}
                onChange={(e) => update(index, { language: e.target.value })}
              >
                {EDITOR_TRANSLATION_LANGUAGES.map((language) => (
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
            required
          >
            {(control) => (
              <input
                {...control}
                name={`translations.${index}.title`}
                lang={translation.language}
                maxLength={200}
                value={translation.title}
                onChange={(e) => update(index, { title: e.target.value })}
              />
            )}
          </Field>
          <Field
            label={t('needTranslations.translatedDescription')}
            errors={errors.fields[`translations.${index}.description`]}
          >
            {(control) => (
              <textarea
                {...control}
                name={`translations.${index}.description`}
                lang={translation.language}
                rows={4}
                maxLength={10000}
                value={translation.description}
                onChange={(e) => update(index, { description: e.target.value })}
              />
            )}
          </Field>
          <button
            type="button"
            className="link-button"
            onClick={() => set(translations.filter((_, i) => i !== index))}
          >
            {t('listingEditor.removeTranslation')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button button--secondary button--small"
        onClick={() =>
          set([
            ...translations,
            {
              language: nextTranslationLanguage(
                uiLanguage,
                translations.map((translation) => translation.language),
              ),
              title: '',
              description: '',
            },
          ])
        }
      >
        {t('listingEditor.addTranslation')}
      </button>
    </section>
  );
}
