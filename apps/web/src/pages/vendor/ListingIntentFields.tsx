import { useTranslation } from 'react-i18next';
import { errorsUnder } from '../../api/problem';
import { COST_BASES, LISTING_INTENTS, type Taxonomy } from '../../api/types';
import { CheckboxGroup, Field } from '../../components/forms';
import { useLabels } from '../../taxonomy/labels';
import type { ListingFieldProps } from './ListingSection';

/** Further categories, and what the listing does to each pollutant it names (blank: its category's intent). */
export function ListingIntentFields({
  form,
  set,
  errors,
  taxonomy,
}: ListingFieldProps & { taxonomy: Taxonomy }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const toggleCategory = (value: string) =>
    set(
      'categories',
      form.categories.includes(value)
        ? form.categories.filter((v) => v !== value)
        : [...form.categories, value],
    );
  return (
    <>
      <CheckboxGroup
        legend={t('listingEditor.moreCategories')}
        name="categories"
        className="columns"
        options={taxonomy.categoryGroups
          .flatMap((group) => group.categories)
          .filter((category) => category.id !== form.category)
          .map((category) => ({ value: category.id, label: labels.category(category.id) }))}
        selected={form.categories}
        onToggle={toggleCategory}
        errors={errors.fields.categories}
      />
      <p className="hint">{t('listingEditor.moreCategoriesHint')}</p>
      {form.pollutants.length > 0 ? (
        <fieldset className="efficiency">
          <legend>{t('listingEditor.intents')}</legend>
          <p className="hint">{t('listingEditor.intentsHint')}</p>
          {form.pollutants.map((pollutant) => (
            <Field
              key={pollutant}
              className="inline-field"
              label={labels.pollutant(pollutant)}
              errors={errorsUnder(errors, `intents.${pollutant}`)}
            >
              {(control) => (
                <select
                  {...control}
                  name={`intent-${pollutant}`}
                  value={form.intents[pollutant] ?? ''}
                  onChange={(e) => set('intents', { ...form.intents, [pollutant]: e.target.value })}
                >
                  <option value="">{t('listingEditor.intentFromCategory')}</option>
                  {LISTING_INTENTS.map((intent) => (
                    <option key={intent} value={intent}>
                      {t(`listingEditor.intentNames.${intent}`)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}

/** What the capital cost counts, so matching multiplies a unit price by a need's unit count. */
export function CostBasisField({ form, set, errors }: ListingFieldProps) {
  const { t } = useTranslation();
  return (
    <Field label={t('listingEditor.costBasis')} errors={errors.fields.costBasis}>
      {(control) => (
        <select
          {...control}
          name="costBasis"
          value={form.costBasis}
          onChange={(e) => set('costBasis', e.target.value)}
        >
          <option value="">{t('listingEditor.costBasisUnstated')}</option>
          {COST_BASES.map((basis) => (
            <option key={basis} value={basis}>
              {t(`listingEditor.costBases.${basis}`)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
