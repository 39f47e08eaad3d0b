import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { InTaxonomy } from './taxonomy-rule';

class Listing {
  @InTaxonomy('categories')
  category!: string;

  @InTaxonomy('pollutants')
  pollutants!: string[];
}

const errorsOf = (plain: object) =>
  validateSync(plainToInstance(Listing, plain)).map((error) => [
    error.property,
    error.constraints?.inTaxonomy,
  ]);

describe('InTaxonomy', () => {
  it('takes one id for a property declared as one, and ids for an array property', () => {
    expect(errorsOf({ category: 'end-of-pipe.esp', pollutants: ['pm2.5', 'so2'] })).toEqual([]);
    expect(errorsOf({ category: 'end-of-pipe.esp', pollutants: [] })).toEqual([]);
  });

  it('refuses an array, even an empty one, where one id is expected, and says so', () => {
    for (const category of [[], ['end-of-pipe.esp']]) {
      expect(errorsOf({ category, pollutants: ['pm2.5'] })).toEqual([
        ['category', expect.stringMatching(/^category must be one category id/)],
      ]);
    }
  });

  it('names the unknown ids', () => {
    expect(errorsOf({ category: 'teleportation', pollutants: ['pm2.5', 'unobtainium'] })).toEqual([
      ['category', expect.stringContaining('unknown category ids: teleportation')],
      ['pollutants', expect.stringContaining('unknown pollutant ids: unobtainium')],
    ]);
  });
});
