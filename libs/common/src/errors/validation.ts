import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { acceptsQuickly } from '../validation/quick-acceptance';
import { FieldError, ValidationProblem } from './problem';

/**
 * Rules about what a value is, checked before rules about how much of it there is: a word sent for a number
 * is "not an integer", not also "too small" and "too large".
 */
const SHAPE_RULES = [
  'whitelistValidation',
  'unknownValue',
  'isDefined',
  'isString',
  'isInt',
  'isNumber',
  'isBoolean',
  'isArray',
  'isObject',
  'nestedValidation',
];

/** The rule a field is reported under: its shape rule when that failed, else the first rule that failed. */
function firstFailedRule(constraints: Record<string, string>): [string, string] {
  const entries = Object.entries(constraints);
  for (const rule of SHAPE_RULES) if (rule in constraints) return [rule, constraints[rule]];
  return entries[0];
}

/** One error per field (the first failing rule), with the dotted path the client sent. */
export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const constraints = error.constraints ?? {};
    const own: FieldError[] = [];
    if (Object.keys(constraints).length > 0) {
      const [rule, message] = firstFailedRule(constraints);
      own.push({ field, rule, message });
    }
    return own.concat(flattenValidationErrors(error.children ?? [], field));
  });
}

/** Valid input (nearly all of it) is accepted without building class-validator's error tree. */
class QuickValidationPipe extends ValidationPipe {
  protected override validate(object: object, options?: ValidatorOptions) {
    return acceptsQuickly(object) ? [] : super.validate(object, options);
  }
}

/** The one validation pipe of the API: strips nothing silently, rejects unknown fields by name. */
export function createValidationPipe(): ValidationPipe {
  return new QuickValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    forbidUnknownValues: true,
    stopAtFirstError: false,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationProblem(flattenValidationErrors(errors)),
  });
}
