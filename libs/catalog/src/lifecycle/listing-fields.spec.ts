import 'reflect-metadata';
import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import fc from 'fast-check';
import { acceptsQuickly } from '@3ipet/common';
import { TechnologyInput } from '../dto/technology-input.dto';
import { syntheticListings } from '../seed/synthetic';
import { validateListingInput } from './listing-fields';

const STRICT = {
  whitelist: true,
  forbidNonWhitelisted: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
};
const listings = [...syntheticListings(300, 11)].map((listing) => JSON.parse(JSON.stringify(listing)));
const FIELDS = (
  'title summary description translations category pollutants removalEfficiency sectors trl capitalCostMinUsd ' +
  'capitalCostMaxUsd operatingCostNote deploymentCountries referenceProjects supplyCountries certifications ' +
  'dealTypes supportLanguages'
).split(' ');
const odd = fc.oneof(
  fc.string({ maxLength: 6 }),
  fc.integer({ min: -3, max: 2_000_000_000 }),
  fc.constant(null),
  fc.constant(undefined),
  fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
  fc.array(fc.record({ language: fc.constantFrom('zh', 'ne', 'xx'), title: fc.string() }), { maxLength: 2 }),
  fc.constantFrom(['pm2.5', 'pm2.5'], ['pm10'], ['CN', 'IN'], 'end-of-pipe.esp', 4.5, {}),
);
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), field: fc.constantFrom(...FIELDS, 'stray'), value: odd }),
  fc.record({ kind: fc.constant('drop' as const), field: fc.constantFrom(...FIELDS) }),
);

describe('listing input validation', () => {
  it('accepts every synthetic listing on the quick path', () => {
    for (const listing of listings) {
      expect(acceptsQuickly(plainToInstance(TechnologyInput, listing))).toBe(true);
    }
  });

  it('the quick path and class-validator agree on mutated listings', () => {
    fc.assert(
      fc.property(
        fc.nat({ max: listings.length - 1 }),
        fc.array(mutation, { maxLength: 3 }),
        (index, mutations) => {
          const plain: Record<string, unknown> = structuredClone(listings[index]);
          for (const change of mutations) {
            if (change.kind === 'drop') delete plain[change.field];
            else plain[change.field] = change.value;
          }
          const instance = plainToInstance(TechnologyInput, plain);
          const valid = validateSync(instance, STRICT).length === 0;
          expect(acceptsQuickly(instance)).toBe(valid);
          expect(validateListingInput(plain).errors.length === 0).toBe(valid);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
