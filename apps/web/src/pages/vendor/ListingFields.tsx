import { useTranslation } from 'react-i18next';
import { errorsUnder } from '../../api/problem';
import { Loading } from '../../components/common';
import { CountryPicker } from '../../components/CountryPicker';
import { CheckboxGroup, Field } from '../../components/forms';
import { useLabels, useTaxonomy } from '../../taxonomy/labels';
import { CostBasisField, ListingIntentFields } from './ListingIntentFields';
import { type ListingFieldProps, Section } from './ListingSection';
import { ListingSiteFields } from './ListingSiteFields';
import { TranslationsSection } from './ListingTranslations';

/** Every field of a listing, in sections, as the vendor fills them in. */
export function ListingFields(props: ListingFieldProps) {
  const { t } = useTranslation();
  const labels = useLabels();
  const { data: taxonomy } = useTaxonomy();
  const { form, set, errors } = props;
  const toggle = (key: 'pollutants' | 'sectors' | 'dealTypes' | 'supportLanguages') => (value: string) =>
    set(key, form[key].includes(value) ? form[key].filter((v) => v !== value) : [...form[key], value]);
  if (!taxonomy) return <Loading />;

  return (
    <>
      <Section title={t('listingEditor.basics')}>
        <Field label={t('listingEditor.title')} errors={errors.fields.title} required>
          {(control) => (
            <input
              {...control}
              name="title"
              maxLength={200}
              value={form.title}
              onChange={(e) => set('title', e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t('listingEditor.summary')}
          hint={t('listingEditor.summaryHint')}
          errors={errors.fields.summary}
          required
        >
          {(control) => (
            <textarea
              {...control}
              name="summary"
              rows={3}
              maxLength={1000}
              value={form.summary}
              onChange={(e) => set('summary', e.target.value)}
            />
          )}
        </Field>
        <Field label={t('listingEditor.description')} errors={errors.fields.description} required>
          {(control) => (
            <textarea
              {...control}
              name="description"
              rows={8}
              maxLength={20000}
              value={form.description}
              onChange={(e) => set('description', e.target.value)}
            />
          )}
        </Field>
      </Section>

      <TranslationsSection form={form} set={set} errors={errors} />

      <Section title={t('listingEditor.classification')}>
        <Field label={t('technology.category')} errors={errors.fields.category} required>
          {(control) => (
            <select
              {...control}
              name="category"
              value={form.category}
              onChange={(e) => set('category', e.target.value)}
            >
              <option value="">{t('form.choose')}</option>
              {taxonomy.categoryGroups.map((group) => (
                <optgroup key={group.id} label={labels.categoryGroup(group.id)}>
                  {group.categories.map((category) => (
                    <option key={category.id} value={category.id}>
                      {labels.category(category.id)}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        <CheckboxGroup
          legend={`${t('technology.pollutants')} (${t('form.required')})`}
          name="pollutants"
          className="columns"
          options={taxonomy.pollutants.map((p) => ({
            value: p.id,
            label: labels.pollutant(p.id),
            hint: p.description,
          }))}
          selected={form.pollutants}
          onToggle={toggle('pollutants')}
          errors={errors.fields.pollutants}
        />
        <CheckboxGroup
          legend={`${t('technology.sectors')} (${t('form.required')})`}
          name="sectors"
          className="columns sector-options"
          options={taxonomy.sectors
            .flatMap((s) => [s, ...s.subSectors])
            .map((s) => ({ value: s.id, label: labels.sector(s.id) }))}
          selected={form.sectors}
          onToggle={toggle('sectors')}
          errors={errors.fields.sectors}
        />
        <ListingIntentFields {...props} taxonomy={taxonomy} />
      </Section>

      <Section title={t('technology.performance')}>
        <Field label={t('technology.trl')} errors={errors.fields.trl} required>
          {(control) => (
            <select {...control} name="trl" value={form.trl} onChange={(e) => set('trl', e.target.value)}>
              <option value="">{t('form.choose')}</option>
              {taxonomy.trl.map((level) => (
                <option key={level.level} value={level.level}>
                  {level.level} — {labels.trl(level.level)}
                </option>
              ))}
            </select>
          )}
        </Field>
        {form.pollutants.length > 0 ? (
          <fieldset className="efficiency">
            <legend>{t('technology.removalEfficiency')}</legend>
            <p className="hint">{t('listingEditor.efficiencyHint')}</p>
            {form.pollutants.map((pollutant) => (
              <Field
                key={pollutant}
                className="inline-field"
                label={`${labels.pollutant(pollutant)} (%)`}
                errors={errorsUnder(errors, `removalEfficiency.${pollutant}`)}
              >
                {(control) => (
                  <input
                    {...control}
                    type="number"
                    min={0}
                    max={100}
                    step="0.1"
                    value={form.removalEfficiency[pollutant] ?? ''}
                    onChange={(e) =>
                      set('removalEfficiency', { ...form.removalEfficiency, [pollutant]: e.target.value })
                    }
                  />
                )}
              </Field>
            ))}
          </fieldset>
        ) : null}
        {form.pollutants.length > 0 ? (
          <fieldset className="efficiency">
            <legend>{t('limits.outletGuarantee')}</legend>
            <p className="hint">{t('limits.outletHint')}</p>
            {form.pollutants.map((pollutant) => (
              <Field
                key={pollutant}
                className="inline-field"
                label={`${labels.pollutant(pollutant)} (mg/Nm³)`}
                errors={errorsUnder(errors, `outletGuarantees.${pollutant}`)}
              >
                {(control) => (
                  <input
                    {...control}
                    type="number"
                    min={0}
                    step="any"
                    value={form.outletGuarantees?.[pollutant] ?? ''}
                    onChange={(e) =>
                      set('outletGuarantees', { ...form.outletGuarantees, [pollutant]: e.target.value })
                    }
                  />
                )}
              </Field>
            ))}
          </fieldset>
        ) : null}
      </Section>

      <Section title={t('listingEditor.cost')}>
        <div className="field-row">
          <Field label={t('listingEditor.costMin')} errors={errors.fields.capitalCostMinUsd}>
            {(control) => (
              <input
                {...control}
                name="capitalCostMinUsd"
                type="number"
                min={0}
                step={1000}
                value={form.capitalCostMinUsd}
                onChange={(e) => set('capitalCostMinUsd', e.target.value)}
              />
            )}
          </Field>
          <Field label={t('listingEditor.costMax')} errors={errors.fields.capitalCostMaxUsd}>
            {(control) => (
              <input
                {...control}
                name="capitalCostMaxUsd"
                type="number"
                min={0}
                step={1000}
                value={form.capitalCostMaxUsd}
                onChange={(e) => set('capitalCostMaxUsd', e.target.value)}
              />
            )}
          </Field>
        </div>
        <CostBasisField {...props} />
        <ListingSiteFields {...props} />
        <Field label={t('technology.operatingCost')} errors={errors.fields.operatingCostNote}>
          {(control) => (
            <textarea
              {...control}
              rows={2}
              maxLength={2000}
              value={form.operatingCostNote}
              onChange={(e) => set('operatingCostNote', e.target.value)}
            />
          )}
        </Field>
      </Section>

      <Section title={t('listingEditor.markets')}>
        <CountryPicker
          legend={t('technology.deploymentCountries')}
          selected={form.deploymentCountries}
          onChange={(codes) => set('deploymentCountries', codes)}
          errors={errorsUnder(errors, 'deploymentCountries')}
        />
        <CountryPicker
          legend={t('technology.supplyCountries')}
          selected={form.supplyCountries}
          onChange={(codes) => set('supplyCountries', codes)}
          errors={errorsUnder(errors, 'supplyCountries')}
        />
        <h3>{t('technology.referenceProjects')}</h3>
        {form.referenceProjects.map((project, index) => {
          const update = (patch: Partial<typeof project>) =>
            set(
              'referenceProjects',
              form.referenceProjects.map((item, i) => (i === index ? { ...item, ...patch } : item)),
            );
          const path = `referenceProjects.${index}`;
          return (
            <div className="repeat-row" key={index}>
              <Field label={t('technology.place')} errors={errors.fields[`${path}.place`]} required>
                {(control) => (
                  <input
                    {...control}
                    value={project.place}
                    onChange={(e) => update({ place: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('technology.country')} errors={errors.fields[`${path}.country`]} required>
                {(control) => (
                  <select
                    {...control}
                    value={project.country}
                    onChange={(e) => update({ country: e.target.value })}
                  >
                    <option value="">{t('form.choose')}</option>
                    {taxonomy.countries.map((c) => (
                      <option key={c.id} value={c.id}>
                        {labels.country(c.id)}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
              <Field label={t('technology.year')} errors={errors.fields[`${path}.year`]} required>
                {(control) => (
                  <input
                    {...control}
                    type="number"
                    min={1950}
                    max={2100}
                    value={project.year}
                    onChange={(e) => update({ year: e.target.value })}
                  />
                )}
              </Field>
              <Field label={t('technology.result')} errors={errors.fields[`${path}.result`]} required>
                {(control) => (
                  <input
                    {...control}
                    value={project.result}
                    onChange={(e) => update({ result: e.target.value })}
                  />
                )}
              </Field>
              <button
                type="button"
                className="link-button"
                onClick={() =>
                  set(
                    'referenceProjects',
                    form.referenceProjects.filter((_, i) => i !== index),
                  )
                }
              >
                {t('listingEditor.removeProject')}
              </button>
            </div>
          );
        })}
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() =>
            set('referenceProjects', [
              ...form.referenceProjects,
              { place: '', country: '', year: '', result: '' },
            ])
          }
        >
          {t('listingEditor.addProject')}
        </button>
      </Section>

      <Section title={t('listingEditor.terms')}>
        <CheckboxGroup
          legend={t('technology.dealTypes')}
          className="columns"
          options={taxonomy.dealTypes.map((d) => ({ value: d.id, label: labels.dealType(d.id) }))}
          selected={form.dealTypes}
          onToggle={toggle('dealTypes')}
          errors={errorsUnder(errors, 'dealTypes')}
        />
        <CheckboxGroup
          legend={t('technology.supportLanguages')}
          className="columns"
          options={SUPPORT_LANGUAGES.map((language) => ({
            value: language,
            label: labels.language(language),
          }))}
          selected={form.supportLanguages}
          onToggle={toggle('supportLanguages')}
          errors={errorsUnder(errors, 'supportLanguages')}
        />
        <Field
          label={t('technology.certifications')}
          hint={t('listingEditor.certificationsHint')}
          errors={errorsUnder(errors, 'certifications')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={3}
              value={form.certifications}
              onChange={(e) => set('certifications', e.target.value)}
            />
          )}
        </Field>
      </Section>
    </>
  );
}

const SUPPORT_LANGUAGES = ['en', 'zh', 'hi', 'ne', 'si', 'ta', 'bn', 'ur'];
