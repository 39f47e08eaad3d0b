// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { EMPTY_LISTING_FORM, listingInputFrom } from './listing-form';

describe('listing form → API input', () => {
  const form = {
    ...EMPTY_LISTING_FORM,
    title: ' Zig-zag kiln retrofit ',
    pollutants: ['pm2.5', 'black-carbon', 'so2'],
    removalEfficiency: { 'pm2.5': '70', 'black-carbon': '', so2: '40' },
    trl: '8',
    capitalCostMinUsd: '',
    capitalCostMaxUsd: '45000',
    translations: [
      { language: 'zh', title: '', summary: '' },
      { language: 'ne', title: 'इँटा भट्टा', summary: '' },
    ],
    referenceProjects: [
      { place: '', country: '', year: '', result: '' },
      { place: 'Bhaktapur', country: 'NP', year: '2019', result: '-60% black carbon' },
    ],
    certifications: 'ISO 9001\nCE, EN 15267',
  };

  it('sends numbers as numbers and leaves out what is blank', () => {
    const { input } = listingInputFrom(form);
    expect(input).toMatchObject({
      title: 'Zig-zag kiln retrofit',
      trl: 8,
      capitalCostMaxUsd: 45000,
      removalEfficiency: [
        { pollutant: 'pm2.5', percent: 70 },
        { pollutant: 'so2', percent: 40 },
      ],
      translations: [{ language: 'ne', title: 'इँटा भट्टा' }],
      referenceProjects: [{ place: 'Bhaktapur', country: 'NP', year: 2019, result: '-60% black carbon' }],
      certifications: ['ISO 9001', 'CE', 'EN 15267'],
    });
    expect(input.capitalCostMinUsd).toBeUndefined();
  });

  it('points an error on a sent list item back at the row or pollutant it came from', () => {
    const { fieldOf } = listingInputFrom(form);
    expect(fieldOf('removalEfficiency.1.percent')).toBe('removalEfficiency.so2');
    expect(fieldOf('translations.0.title')).toBe('translations.1.title');
    expect(fieldOf('referenceProjects.0.year')).toBe('referenceProjects.1.year');
    expect(fieldOf('capitalCostMaxUsd')).toBe('capitalCostMaxUsd');
  });
});
