// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { ApiError, errorsUnder, formErrorsFrom, limitIn, type ProblemDetails } from './problem';

const validation = (errors: ProblemDetails['errors']): ApiError =>
  new ApiError({
    type: 'https://3ipet.org/problems/validation',
    title: 'Validation failed',
    status: 400,
    errors,
  });

const options = { text: (v: { rule: string }) => `[${v.rule}]`, fallback: 'offline' };

describe('formErrorsFrom', () => {
  it('puts violations at their fields, one message per field (the first rule broken)', () => {
    const errors = formErrorsFrom(
      validation([
        { field: 'title', rule: 'minLength', message: 'title must be longer than or equal to 1 characters' },
        { field: 'title', rule: 'notBlank', message: 'title must not be blank' },
        { field: 'title', rule: 'notBlank', message: 'title must not be blank' },
        {
          field: 'organization.name',
          rule: 'isLength',
          message: 'name must be longer than or equal to 2 characters',
        },
      ]),
      options,
    );
    expect(errors).toEqual({
      fields: { title: ['[minLength]'], 'organization.name': ['[isLength]'] },
      general: [],
    });
  });

  it('renames API paths to form fields and keeps what no field shows for the summary', () => {
    const errors = formErrorsFrom(
      validation([
        {
          field: 'removalEfficiency.0.percent',
          rule: 'max',
          message: 'percent must not be greater than 100',
        },
        { field: 'vendorSecret', rule: 'forbidden', message: 'nope' },
      ]),
      {
        ...options,
        fieldOf: (path) => (path.startsWith('removalEfficiency.0') ? 'removalEfficiency.pm2.5' : path),
        shownFields: (path) => path !== 'vendorSecret',
      },
    );
    expect(errors.fields).toEqual({ 'removalEfficiency.pm2.5': ['[max]'] });
    expect(errors.general).toEqual(['vendorSecret: [forbidden]']);
  });

  it('shows a problem without field errors as one sentence, translated by status when asked', () => {
    const conflict = new ApiError({ title: 'Conflict', status: 409, detail: 'Stale version 3' });
    expect(formErrorsFrom(conflict, options)).toEqual({ fields: {}, general: ['Stale version 3'] });
    expect(
      formErrorsFrom(conflict, { ...options, problemText: (p) => `status ${p.status}` }).general,
    ).toEqual(['status 409']);
  });

  it('falls back to the network sentence for anything that is not an API problem', () => {
    expect(formErrorsFrom(new TypeError('Failed to fetch'), options)).toEqual({
      fields: {},
      general: ['offline'],
    });
  });

  it('collects the errors of a group and its items', () => {
    const errors = {
      fields: { referenceProjects: ['a'], 'referenceProjects.0.year': ['b'], referenceProjectsX: ['c'] },
      general: [],
    };
    expect(errorsUnder(errors, 'referenceProjects')).toEqual(['a', 'b']);
  });

  it('reads the limit out of an API message', () => {
    expect(limitIn('password must be longer than or equal to 8 characters')).toBe('8');
    expect(limitIn('must not be blank')).toBeUndefined();
  });
});
