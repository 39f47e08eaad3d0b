import { ValidationArguments, registerDecorator } from 'class-validator';
import { TAXONOMY_IDS } from '@3ipet/common';

/** A topic is any pollutant, sector or sub-sector id of the taxonomy. */
export const isTopic = (value: unknown) =>
  typeof value === 'string' &&
  (TAXONOMY_IDS.pollutants.has(value) || TAXONOMY_IDS.sectorsOrSubSectors.has(value));

export function IsTopic(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isTopic',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} must be a pollutant, sector or sub-sector id (served by GET /api/v1/taxonomy)`,
      },
      validator: { validate: isTopic },
    });
}
