import { intentOfCategory } from '@3ipet/common';
import { ValidationArguments, registerDecorator } from 'class-validator';

/** This number must not be below the sibling property `minProperty` (when both are set). */
export function NotBelow(minProperty: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notBelow',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [minProperty],
      options: {
        message: (args: ValidationArguments) => `${args.property} must not be less than ${minProperty}`,
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const min = (args.object as Record<string, unknown>)[minProperty];
          return typeof value !== 'number' || typeof min !== 'number' || value >= min;
        },
      },
    });
}

/** Each item's `key` must occur in the sibling array `listProperty`, and at most once. */
export function KeysWithin(key: string, listProperty: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'keysWithin',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: (args: ValidationArguments) =>
          `each ${key} of ${args.property} must be listed in ${listProperty}, and only once`,
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          if (!Array.isArray(value)) return true;
          const allowed = (args.object as Record<string, unknown>)[listProperty];
          const keys = value.map((item) => (item as Record<string, unknown> | null)?.[key]);
          if (new Set(keys).size !== keys.length) return false;
          return !Array.isArray(allowed) || keys.every((k) => typeof k !== 'string' || allowed.includes(k));
        },
      },
    });
}

/** Items must not repeat the same `key` (e.g. two translations into the same language). */
export function UniqueBy(key: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'uniqueBy',
      target: target.constructor,
      propertyName: propertyName as string,
      options: { message: (args: ValidationArguments) => `${args.property} must not repeat the same ${key}` },
      validator: {
        validate: (value: unknown) => {
          if (!Array.isArray(value)) return true;
          const keys = value.map((item) => (item as Record<string, unknown> | null)?.[key]);
          return new Set(keys).size === keys.length;
        },
      },
    });
}

/**
 * No item may name a pollutant the listing only measures (its stated intent, or the one its primary
 * `category` implies): a monitor guarantees no outlet concentration.
 */
export function NotForMeasuredPollutants(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'notForMeasuredPollutants',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} may name only pollutants the listing removes or avoids, not ones it measures`,
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          if (!Array.isArray(value)) return true;
          const object = args.object as { category?: unknown; intents?: unknown };
          const stated = new Map(
            (Array.isArray(object.intents) ? object.intents : []).map(
              (entry: { pollutant?: unknown; intent?: unknown } | null) => [entry?.pollutant, entry?.intent],
            ),
          );
          const implied = typeof object.category === 'string' ? intentOfCategory(object.category) : undefined;
          return value.every((item: { pollutant?: unknown } | null) => {
            const intent = stated.get(item?.pollutant) ?? implied;
            return intent !== 'measures';
          });
        },
      },
    });
}

/** Given only together with the sibling property `other` (a count is meaningless without its unit). */
export function PairedWith(other: string): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'pairedWith',
      target: target.constructor,
      propertyName: propertyName as string,
      constraints: [other],
      options: {
        message: (args: ValidationArguments) => `${args.property} must be given together with ${other}`,
      },
      validator: {
        validate: (value: unknown, args: ValidationArguments) => {
          const sibling = (args.object as Record<string, unknown>)[other];
          const given = (v: unknown) => v !== undefined && v !== null;
          return given(value) === given(sibling);
        },
      },
    });
}
