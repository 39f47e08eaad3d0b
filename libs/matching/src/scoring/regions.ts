/** Regions used for "same region" geography credit. Countries outside the list have no region. */
const REGIONS: Readonly<Record<string, readonly string[]>> = {
  'South Asia': ['IN', 'NP', 'LK', 'BD', 'PK', 'BT', 'MV', 'AF'],
  'East Asia': ['CN', 'JP', 'KR', 'KP', 'MN', 'TW', 'HK', 'MO'],
  'Southeast Asia': ['ID', 'TH', 'VN', 'PH', 'MY', 'SG', 'MM', 'KH', 'LA', 'BN', 'TL'],
  'Central Asia': ['KZ', 'UZ', 'TM', 'KG', 'TJ'],
  'West Asia': ['IR', 'IQ', 'SA', 'AE', 'TR', 'JO', 'IL', 'LB', 'SY', 'YE', 'OM', 'KW', 'QA', 'BH'],
  Europe: [
    'DE',
    'FR',
    'GB',
    'IT',
    'ES',
    'NL',
    'BE',
    'SE',
    'NO',
    'FI',
    'DK',
    'PL',
    'AT',
    'CH',
    'CZ',
    'PT',
    'IE',
  ],
  Africa: ['NG', 'KE', 'ZA', 'EG', 'ET', 'GH', 'TZ', 'UG', 'MA', 'DZ', 'SN'],
  Americas: ['US', 'CA', 'MX', 'BR', 'AR', 'CL', 'CO', 'PE'],
  Oceania: ['AU', 'NZ'],
};

const REGION_OF = new Map<string, string>(
  Object.entries(REGIONS).flatMap(([region, countries]) => countries.map((country) => [country, region])),
);

export const regionOf = (country: string): string | undefined => REGION_OF.get(country.toUpperCase());

/** The countries of `country`'s region, itself included; just the country when it has no region. */
export function regionCountries(country: string): string[] {
  const region = regionOf(country);
  return region === undefined ? [country.toUpperCase()] : [...REGIONS[region]];
}
