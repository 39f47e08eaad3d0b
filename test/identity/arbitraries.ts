import fc from 'fast-check';

/** Request bodies for property tests: mostly plausible, with one field (or everything) replaced by junk. */

type Json = unknown;

const junk: fc.Arbitrary<Json> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(null, '', ' ', '\u0000', 0, -1, 1e308, true, [], {}, ['\u0000'], { $gt: '' }, '__proto__'),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 190, maxLength: 300 }),
);

const nastyText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength }),
    fc.constantFrom('', ' ', 'a\u0000b', 'a\nb', '\t', '静电除尘', 'काठमाडौं', '  padded  '),
    fc.string({ minLength: maxLength, maxLength: maxLength + 20 }),
  );
/** Valid by construction: letters of several scripts, no control characters. */
const plainText = (maxLength: number) =>
  fc
    .array(fc.constantFrom(...'abcxyzABC 静电除尘काठमाडौंකොළඹ-.'.split('')), { minLength: 1, maxLength })
    .map((chars) => `N${chars.join('')}`.slice(0, maxLength));
const text = (maxLength: number) =>
  fc.oneof({ weight: 6, arbitrary: plainText(maxLength) }, { weight: 1, arbitrary: nastyText(maxLength) });

const email = fc.oneof(
  {
    weight: 6,
    arbitrary: fc
      .tuple(fc.stringMatching(/^[a-z0-9]{1,12}$/), fc.constantFrom('example.org', 'x.cn'))
      .map(([local, domain]) => `${local}@${domain}`),
  },
  { weight: 1, arbitrary: fc.emailAddress({ size: 'small' }) },
  { weight: 1, arbitrary: fc.constantFrom('a@b', 'no-at-sign', 'A@EXAMPLE.ORG', ' a@b.org', 'a@b.org ') },
);
const password = fc.oneof(
  { weight: 6, arbitrary: fc.string({ minLength: 8, maxLength: 40 }) },
  fc.string({ maxLength: 10 }),
);
const country = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('NP', 'IN', 'LK', 'CN', 'np', 'bd') },
  fc.constantFrom('XX', 'USA', ''),
  fc.string({ maxLength: 3 }),
);
const languages = fc.uniqueArray(fc.constantFrom('en', 'zh-Hans', 'ne-NP', 'si', 'ta', 'hi'), {
  maxLength: 4,
});
const idsOf = (valid: string[], strangers: string[]) =>
  fc.oneof(
    { weight: 6, arbitrary: fc.uniqueArray(fc.constantFrom(...valid), { maxLength: 4 }) },
    { weight: 1, arbitrary: fc.uniqueArray(fc.constantFrom(...valid, ...strangers), { maxLength: 4 }) },
  );
const sectors = idsOf(
  ['industry.cement', 'transport', 'power', 'industry.brick-kilns'],
  ['Cement', 'bakeries'],
);
const pollutants = idsOf(['pm2.5', 'nox', 'so2', 'black-carbon'], ['PM2.5', 'smog']);
const website = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('https://example.org', 'http://www.example.cn/about', null) },
  fc.webUrl(),
  fc.constantFrom('ftp://x.org', 'not a url', 'http://localhost'),
);
const contactPerson = fc.record(
  { name: text(210), email, phone: fc.constantFrom('+977 1 4212345', '+86 571 8888 0000', '12', null) },
  { requiredKeys: ['name', 'email'] },
);

export const organizationProfile = fc.record(
  {
    name: text(210),
    country,
    city: text(110),
    website,
    description: fc.oneof(plainText(300), nastyText(5010)),
    sectors,
    pollutants,
    languages,
    contactPerson: fc.oneof({ weight: 3, arbitrary: contactPerson }, fc.constant(null)),
  },
  { requiredKeys: [] },
);

export const registerBody = fc.record({
  email,
  password,
  displayName: text(110),
  locale: fc.option(fc.constantFrom('en', 'zh', 'ne-NP', 'xx-invalid-', ''), { nil: undefined }),
  organization: fc
    .tuple(fc.constantFrom('vendor', 'agency', 'vendor', 'agency', 'admin'), organizationProfile)
    .map(([kind, profile]) => ({
      kind,
      name: 'Some Organisation',
      country: 'NP',
      city: 'Kathmandu',
      ...profile,
    })),
});

/** Replaces the value at a dotted path (or adds an unknown field) with junk. */
export function mutated<T extends object>(valid: fc.Arbitrary<T>, paths: string[]): fc.Arbitrary<Json> {
  return fc.tuple(valid, fc.constantFrom(...paths, 'unexpectedField'), junk).map(([body, path, value]) => {
    const copy = structuredClone(body) as Record<string, unknown>;
    const keys = path.split('.');
    let target: Record<string, unknown> = copy;
    for (const key of keys.slice(0, -1)) {
      if (typeof target[key] !== 'object' || target[key] === null) target[key] = {};
      target = target[key] as Record<string, unknown>;
    }
    target[keys[keys.length - 1]] = value;
    return copy;
  });
}

/** Any body at all: plausible, mutated, junk JSON, or not JSON. */
export function anyBody<T extends object>(
  valid: fc.Arbitrary<T>,
  paths: string[],
): fc.Arbitrary<{ body?: Json; raw?: string }> {
  return fc.oneof(
    { weight: 4, arbitrary: valid.map((body) => ({ body })) },
    { weight: 4, arbitrary: mutated(valid, paths).map((body) => ({ body })) },
    { weight: 1, arbitrary: junk.map((body) => ({ body })) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((raw) => ({ raw })) },
  );
}
