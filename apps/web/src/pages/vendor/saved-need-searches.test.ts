// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { opportunitiesLink } from './SavedNeedSearches';

describe('a saved search of needs', () => {
  it('opens the opportunities page with the query it keeps', () => {
    expect(opportunitiesLink({})).toBe('/vendor/opportunities');
    expect(
      opportunitiesLink({
        q: 'brick kiln',
        pollutants: ['pm2.5', 'pm10'],
        sectors: ['industry'],
        country: ['NP'],
      }),
    ).toBe('/vendor/opportunities?q=brick+kiln&pollutants=pm2.5%2Cpm10&sectors=industry&country=NP');
  });
});
