import { toListingFields, validateListingInput } from '../lifecycle/listing-fields';
import { Technology } from '../technology/technology.entity';
import { columnOfField } from './technology-csv-columns';
import { parseCsvRow, toCsvRecord } from './technology-csv-row';

const record = {
  title: 'Fog cannon',
  summary: 'Knocks down dust.',
  description: 'Trailer-mounted.',
  category: 'dust-suppression.fog-cannon',
  pollutants: ' pm10 ;pm2.5; ',
  removal_efficiency: 'pm10=70; pm2.5: 30%',
  sectors: 'construction-dust',
  trl: '9',
  capital_cost_min_usd: '8000',
  capital_cost_max_usd: '',
  reference_projects: 'Ring road, Kathmandu | np | 2023 | PM10 from 480 to 210 µg/m³',
  supply_countries: 'np;lk',
  title_zh: '雾炮',
  summary_hi: 'धूल कम करता है',
};

describe('CSV rows', () => {
  it('reads lists, numbers, efficiencies, projects and translation columns', () => {
    const { plain, errors, translationLanguages } = parseCsvRow(record);
    expect(errors).toEqual([]);
    expect(plain).toEqual({
      title: 'Fog cannon',
      summary: 'Knocks down dust.',
      description: 'Trailer-mounted.',
      category: 'dust-suppression.fog-cannon',
      pollutants: ['pm10', 'pm2.5'],
      removalEfficiency: [
        { pollutant: 'pm10', percent: 70 },
        { pollutant: 'pm2.5', percent: 30 },
      ],
      sectors: ['construction-dust'],
      trl: 9,
      capitalCostMinUsd: 8000,
      referenceProjects: [
        { place: 'Ring road, Kathmandu', country: 'NP', year: 2023, result: 'PM10 from 480 to 210 µg/m³' },
      ],
      supplyCountries: ['NP', 'LK'],
      translations: [
        { language: 'zh', title: '雾炮' },
        { language: 'hi', summary: 'धूल कम करता है' },
      ],
    });
    expect(translationLanguages).toEqual(['zh', 'hi']);
    expect(validateListingInput(plain).errors).toEqual([]);
  });

  it('keeps non-numbers as text so validation names the column', () => {
    const { plain } = parseCsvRow({ ...record, trl: 'nine' });
    expect(validateListingInput(plain).errors).toContainEqual(
      expect.objectContaining({ field: 'trl', rule: 'isInt' }),
    );
  });

  it('maps validation paths back to column names', () => {
    expect(columnOfField('capitalCostMaxUsd', [])).toBe('capital_cost_max_usd');
    expect(columnOfField('referenceProjects.0.year', [])).toBe('reference_projects.0.year');
    expect(columnOfField('translations.1.summary', ['zh', 'hi'])).toBe('summary_hi');
  });

  it('writes a listing back in the same format', () => {
    const fields = toListingFields(validateListingInput(parseCsvRow(record).plain).input);
    const technology = Object.assign(new Technology(), fields, {
      id: 'x',
      status: 'draft',
      version: 1,
      publishedAt: null,
      expiresAt: null,
    });
    const again = parseCsvRow(toCsvRecord(technology));
    expect(toListingFields(validateListingInput(again.plain).input)).toEqual(fields);
  });
});
