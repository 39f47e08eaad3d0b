// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { FORM_RULES } from '../api/form-rules';
import { clientFormErrors, validateAgainstSchema, withScheme } from './form-validation';

const now = new Date('2026-12-04T12:00:00Z');
const listing = {
  title: 'Electrostatic precipitator',
  summary: 'Dust removal.',
  description: 'Long text.',
  category: 'end-of-pipe.esp',
  pollutants: ['pm2.5'],
  sectors: ['industry'],
  trl: 9,
  referenceProjects: [{ place: 'Kathmandu', country: 'NP', year: 2024, result: 'Dust below 20 mg' }],
};

describe('checking a form in the browser with the rules the API publishes', () => {
  it('reads the rules from the OpenAPI document (limits, required, nested schemas)', () => {
    expect(FORM_RULES.TechnologyInput.title).toMatchObject({ required: true, maxLength: 200 });
    expect(FORM_RULES.TechnologyInput.referenceProjects).toMatchObject({ schema: 'ReferenceProjectInput' });
    expect(FORM_RULES.RegisterDto.organization).toMatchObject({ schema: 'RegisterOrganizationDto' });
  });

  it('accepts a plausible listing', () => {
    expect(validateAgainstSchema('TechnologyInput', listing, now)).toEqual([]);
  });

  it('refuses blanks, a two-letter title, a TRL out of range and a reference project in the future', () => {
    const violations = validateAgainstSchema(
      'TechnologyInput',
      {
        ...listing,
        title: 'AB',
        summary: '  ',
        trl: 12,
        pollutants: [],
        referenceProjects: [{ ...listing.referenceProjects[0], year: 2099 }],
      },
      now,
    );
    expect(violations).toEqual(
      expect.arrayContaining([
        { field: 'title', rule: 'minLength', limit: 5 },
        { field: 'summary', rule: 'notBlank' },
        { field: 'trl', rule: 'max', limit: 9 },
        { field: 'pollutants', rule: 'arrayNotEmpty' },
        { field: 'referenceProjects.0.year', rule: 'yearNotFuture', limit: 2026 },
      ]),
    );
    expect(violations).toHaveLength(5);
  });

  it('places one message per field and renames paths to the form’s', () => {
    const errors = clientFormErrors(
      [
        { field: 'organization.name', rule: 'notBlank' },
        { field: 'organization.name', rule: 'minLength', limit: 2 },
        { field: 'locale', rule: 'notBlank' },
      ],
      (v) => v.rule,
      (path) => (path === 'locale' ? undefined : path),
    );
    expect(errors).toEqual({ fields: { 'organization.name': ['notBlank'] }, general: ['notBlank'] });
  });

  it('fixes a web address typed without a scheme instead of refusing it', () => {
    expect(withScheme(' example.org/about ')).toBe('https://example.org/about');
    expect(withScheme('http://example.org')).toBe('http://example.org');
    expect(withScheme('')).toBe('');
  });
});
