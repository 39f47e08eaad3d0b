import { ValidationArguments, registerDecorator } from 'class-validator';
import { TAXONOMY_IDS, TaxonomyList } from '../taxonomy/taxonomy';

/** What a client calls the ids of each list; the internal list names never reach a message. */
const LIST_NOUNS: Record<TaxonomyList, string> = {
  pollutants: 'pollutant',
  sectors: 'sector',
  subSectors: 'sub-sector',
  sectorsOrSubSectors: 'sector or sub-sector',
  categories: 'category',
  categoryGroups: 'category group',
  categoriesOrGroups: 'category or category group',
  dealTypes: 'deal type',
  countries: 'country',
  languages: 'language',
  translationLanguages: 'translation language',
  prerequisites: 'prerequisite',
  fuels: 'fuel',
};

/** Every value (or each value of an array) must be an id of the given taxonomy list. */
export function InTaxonomy(list: TaxonomyList): PropertyDecorator {
  const known: ReadonlySet<string> = TAXONOMY_IDS[list];
  const unknownOf = (value: unknown) =>
    (Array.isArray(value) ? value : [value]).filter((item) => typeof item !== 'string' || !known.has(item));
  return (target, propertyName) => {
    // A property declared as one id takes a string, never an array (an empty array would pass the check below).
    const declaredType: unknown = Reflect.getMetadata('design:type', target, propertyName);
    const single = declaredType === String;
    registerDecorator({
      name: 'inTaxonomy',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: (args: ValidationArguments) =>
          single && typeof args.value !== 'string'
            ? `${args.property} must be one ${LIST_NOUNS[list]} id (the allowed ids are served by GET /api/v1/taxonomy)`
            : `${args.property} has unknown ${LIST_NOUNS[list]} ids: ` +
              `${unknownOf(args.value).map(String).slice(0, 5).join(', ')} ` +
              '(the allowed ids are served by GET /api/v1/taxonomy)',
      },
      validator: {
        validate: (value: unknown) => (!single || typeof value === 'string') && unknownOf(value).length === 0,
      },
    });
  };
}
