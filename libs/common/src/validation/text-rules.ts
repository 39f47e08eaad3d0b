import { applyDecorators } from '@nestjs/common';
import { IsString, MaxLength, MinLength, ValidationArguments, registerDecorator } from 'class-validator';

/** An unpaired UTF-16 surrogate: JSON can carry it, PostgreSQL cannot store it. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Characters that show nothing: white space, format characters (zero-width space and joiners, direction marks,
 * the BOM, soft hyphen…) and the fillers some scripts render blank. A text made only of these reads as empty.
 */
const INVISIBLE = /^[\s\p{Cf}\p{Zs}\u2800\u3164\u115f\u1160\uffa0]*$/u;

/** True when `text` shows something: not empty, not only white space or zero-width characters. */
export const isVisibleText = (text: string) => !INVISIBLE.test(text);

/** True when PostgreSQL can store `text` and it is valid unicode: no NUL, no lone UTF-16 surrogate. */
export const isStorableText = (text: string) => !text.includes('\u0000') && !LONE_SURROGATE.test(text);

const eachValue = (value: unknown, test: (text: string) => boolean) =>
  (Array.isArray(value) ? value : [value]).every((item) => typeof item !== 'string' || test(item));

/** Text PostgreSQL can store: no NUL character, no lone UTF-16 surrogate (both fail inside the database). */
export function StorableText(options: { each?: boolean } = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'storableText',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        each: options.each,
        message: (args: ValidationArguments) => `${args.property} contains a NUL character or broken unicode`,
      },
      validator: {
        validate: (value: unknown) => eachValue(value, isStorableText),
      },
    });
}

/** Not empty, and not only white space or zero-width characters. */
export function NotBlank(options: { each?: boolean } = {}): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notBlank',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        each: options.each,
        message: (args: ValidationArguments) => `${args.property} must not be blank`,
      },
      validator: { validate: (value: unknown) => eachValue(value, isVisibleText) },
    });
}

/** A required piece of human text between `min` and `max` characters. */
export function TextField(max: number, min = 1): PropertyDecorator {
  return applyDecorators(IsString(), MinLength(min), MaxLength(max), NotBlank(), StorableText());
}

/** A list of short human texts (certifications, …). */
export function TextItems(max: number): PropertyDecorator {
  return applyDecorators(
    IsString({ each: true }),
    MaxLength(max, { each: true }),
    NotBlank({ each: true }),
    StorableText({ each: true }),
  );
}
