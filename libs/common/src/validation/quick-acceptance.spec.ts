import 'reflect-metadata';
import { Type, plainToInstance } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
  ValidationArguments,
  ValidatorConstraint,
  ValidatorConstraintInterface,
  Validate,
  validateSync,
} from 'class-validator';
import fc from 'fast-check';
import { acceptsQuickly } from './quick-acceptance';

@ValidatorConstraint({ name: 'notBelowMin' })
class NotBelowMin implements ValidatorConstraintInterface {
  validate(value: unknown, args: ValidationArguments): boolean {
    const min = (args.object as { min?: unknown }).min;
    return typeof value !== 'number' || typeof min !== 'number' || value >= min;
  }
}

class Part {
  @IsIn(['a', 'b', 'c'])
  code!: string;

  @IsOptional()
  @IsInt()
  @Min(0)
  amount?: number;
}

class Sample {
  @IsString()
  @MaxLength(8)
  name!: string;

  @IsOptional()
  @IsInt()
  min?: number;

  @IsOptional()
  @IsInt()
  @Validate(NotBelowMin)
  max?: number;

  @IsOptional()
  @IsArray()
  @ArrayMaxSize(3)
  @IsString({ each: true })
  tags?: string[];

  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => Part)
  parts?: Part[];

  @IsOptional()
  @ValidateNested()
  @Type(() => Part)
  main?: Part;

  @ValidateIf((o: Sample) => o.name === 'strict')
  @IsDefined()
  reason?: string;

  @Allow()
  note?: unknown;
}

const STRICT = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
};

const anything = fc.oneof(
  fc.string({ maxLength: 10 }),
  fc.integer({ min: -5, max: 20 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 3 }), { maxLength: 4 }),
);
/** Mostly a fitting value, sometimes anything at all: both answers must come up often. */
const mostly = <T>(fitting: fc.Arbitrary<T>) =>
  fc.oneof({ arbitrary: fitting, weight: 12 }, { arbitrary: anything, weight: 1 });
/** Now and then a field no rule knows of, which the whitelist must refuse. */
const withStrayField = <T extends object>(record: fc.Arbitrary<T>) =>
  fc
    .tuple(record, fc.integer({ min: 0, max: 19 }), anything)
    .map(([value, dice, stray]) => (dice === 0 ? { ...value, stray } : value));
const part = withStrayField(
  fc.record(
    { code: mostly(fc.constantFrom('a', 'b', 'c', 'd')), amount: mostly(fc.integer({ min: -2, max: 50 })) },
    { requiredKeys: ['code'] },
  ),
);
const sample = withStrayField(
  fc.record(
    {
      name: mostly(fc.constantFrom('ok', 'strict', 'far too long a name')),
      min: mostly(fc.integer({ min: 0, max: 10 })),
      max: mostly(fc.integer({ min: 0, max: 10 })),
      tags: mostly(fc.array(fc.string({ maxLength: 4 }), { maxLength: 4 })),
      parts: mostly(fc.array(mostly(part), { maxLength: 3 })),
      main: mostly(part),
      reason: mostly(fc.string({ maxLength: 4 })),
      note: anything,
    },
    { requiredKeys: ['name'] },
  ),
);

describe('acceptsQuickly', () => {
  it('says yes exactly when class-validator finds no error, on any input', () => {
    let accepted = 0;
    fc.assert(
      fc.property(sample, (plain) => {
        const instance = plainToInstance(Sample, plain);
        const valid = validateSync(instance, STRICT).length === 0;
        if (valid) accepted += 1;
        expect(acceptsQuickly(instance)).toBe(valid);
      }),
      { numRuns: 3000 },
    );
    // The generator must reach both answers often, or the property proves little.
    expect(accepted).toBeGreaterThan(150);
    expect(accepted).toBeLessThan(2850);
  });

  it('accepts a valid nested object and rejects an unknown field at any depth', () => {
    const valid = { name: 'ok', min: 1, max: 2, parts: [{ code: 'a' }], main: { code: 'b', amount: 3 } };
    expect(acceptsQuickly(plainToInstance(Sample, valid))).toBe(true);
    expect(acceptsQuickly(plainToInstance(Sample, { ...valid, main: { code: 'b', size: 1 } }))).toBe(false);
    expect(acceptsQuickly(plainToInstance(Sample, { ...valid, size: 1 }))).toBe(false);
  });

  it('reads the whole object for cross-field rules', () => {
    expect(acceptsQuickly(plainToInstance(Sample, { name: 'ok', min: 5, max: 4 }))).toBe(false);
    expect(acceptsQuickly(plainToInstance(Sample, { name: 'ok', min: 4, max: 5 }))).toBe(true);
  });

  it('leaves to class-validator what it does not model: async rules', () => {
    @ValidatorConstraint({ name: 'later', async: true })
    class Later implements ValidatorConstraintInterface {
      validate(): Promise<boolean> {
        return Promise.resolve(true);
      }
    }
    class Async {
      @Validate(Later)
      name!: string;
    }
    expect(acceptsQuickly(plainToInstance(Async, { name: 'x' }))).toBe(false);
  });

  it('says no for a class without rules, as forbidUnknownValues does', () => {
    class Bare {
      name?: string;
    }
    expect(acceptsQuickly(plainToInstance(Bare, {}))).toBe(false);
    expect(acceptsQuickly({})).toBe(false);
  });
});
