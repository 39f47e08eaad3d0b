import { ValidationError, ValidationPipe } from '@nestjs/common';
import type { ValidatorOptions } from 'class-validator';
import { acceptsQuickly } from '../validation/quick-acceptance';
import { FieldError, ValidationProblem } from './problem';

export function flattenValidationErrors(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.entries(error.constraints ?? {}).map(([rule, message]) => ({ field, rule, message }));
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
