import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min, ValidateNested, validateSync } from 'class-validator';
import { InTaxonomy } from '../validation/taxonomy-rule';
import { TextField } from '../validation/text-rules';
import { flattenValidationErrors } from './validation';

class Part {
  @TextField(10, 2)
  label!: unknown;
}

class Sample {
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9)
  trl?: unknown;

  @TextField(10, 2)
  name!: unknown;

  @IsOptional()
  @InTaxonomy('sectorsOrSubSectors')
  sectors?: unknown;

  @IsOptional()
  @ValidateNested({ each: true })
  @Type(() => Part)
  parts?: Part[];
}

const errorsOf = (fields: Record<string, unknown>) =>
  flattenValidationErrors(validateSync(Object.assign(new Sample(), { name: 'Fine', ...fields })));

describe('validation errors', () => {
  it('gives one error per field: a word for a number is not an integer, not also too small and too large', () => {
    expect(errorsOf({ trl: 'abc' })).toEqual([
      { field: 'trl', rule: 'isInt', message: 'trl must be an integer number' },
    ]);
    expect(errorsOf({ trl: 12 })).toEqual([{ field: 'trl', rule: 'max', message: expect.any(String) }]);
  });

  it('reports the first failing rule of a composite rule, and a wrong type by its type', () => {
    expect(errorsOf({ name: 5 })).toEqual([
      { field: 'name', rule: 'isString', message: 'name must be a string' },
    ]);
    expect(errorsOf({ name: ' ' }).map((error) => error.rule)).toEqual(['minLength']);
  });

  it('names nested fields by their path, one error each', () => {
    const parts = [Object.assign(new Part(), { label: 'ok' }), Object.assign(new Part(), { label: 7 })];
    expect(errorsOf({ parts })).toEqual([
      { field: 'parts.1.label', rule: 'isString', message: expect.any(String) },
    ]);
  });

  it('names the list a client knows, never an internal one', () => {
    const [error] = errorsOf({ sectors: ['industry.bakeries'] });
    expect(error.message).toContain('unknown sector or sub-sector ids: industry.bakeries');
    expect(error.message).not.toMatch(/sectorsOrSubSectors/);
  });
});
