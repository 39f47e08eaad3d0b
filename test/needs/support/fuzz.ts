import fc from 'fast-check';
import type { TestResponse } from '../../support/app';

/** Request bodies for property tests: mostly plausible, with one field (or everything) replaced by junk. */

export const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    null,
    '',
    ' ',
    '\u0000',
    0,
    -1,
    1.5,
    1e308,
    -1e308,
    true,
    [],
    {},
    ['\u0000'],
    { $gt: '' },
    '__proto__',
    '\ud800',
  ),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ minLength: 190, maxLength: 300 }),
);

/** Mostly valid text (several scripts), sometimes nasty: control characters, lone surrogates, too long, blank. */
export const text = (maxLength: number) =>
  fc.oneof(
    {
      weight: 12,
      arbitrary: fc
        .array(fc.constantFrom(...'abcxyzABC ,;\\静电除尘काठमाडौंකොළඹ-.'.split('')), {
          minLength: 1,
          maxLength: Math.min(maxLength, 60),
        })
        .map((chars) => `N${chars.join('')}`.slice(0, maxLength)),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    { weight: 1, arbitrary: fc.constantFrom('', '  ', 'a\u0000b', '\ud800x', '\t') },
    { weight: 1, arbitrary: fc.string({ minLength: maxLength + 1, maxLength: maxLength + 10 }) },
  );

/** Ids of a taxonomy list, with strangers mixed in now and then. */
export const idList = (
  valid: string[],
  strangers: string[] = ['PM2.5', 'plutonium', '', 'industry.bakeries'],
) =>
  fc.oneof(
    { weight: 12, arbitrary: fc.uniqueArray(fc.constantFrom(...valid), { minLength: 1, maxLength: 4 }) },
    { weight: 1, arbitrary: fc.array(fc.constantFrom(...valid, ...strangers), { maxLength: 5 }) },
  );

export function mutated<T extends object>(valid: fc.Arbitrary<T>, paths: string[]): fc.Arbitrary<unknown> {
  return fc.tuple(valid, fc.constantFrom(...paths, 'unexpectedField'), junk).map(([body, path, value]) => {
    const copy = structuredClone(body) as Record<string, unknown>;
    copy[path] = value;
    return copy;
  });
}

/** Any body at all: plausible, mutated, junk JSON, or not JSON. */
export function anyBody<T extends object>(
  valid: fc.Arbitrary<T>,
  paths: string[],
): fc.Arbitrary<{ body?: unknown; raw?: string }> {
  return fc.oneof(
    { weight: 4, arbitrary: valid.map((body) => ({ body })) },
    { weight: 4, arbitrary: mutated(valid, paths).map((body) => ({ body })) },
    { weight: 1, arbitrary: junk.map((body) => ({ body })) },
    { weight: 1, arbitrary: fc.string({ maxLength: 40 }).map((raw) => ({ raw })) },
  );
}

/** 2xx, or a 4xx problem+json whose validation errors name a field and a rule; never 5xx. */
export function expectWellFormedAnswer(response: TestResponse, sent: unknown): void {
  if (response.status < 300) return;
  if (response.status >= 500) {
    throw new Error(`${response.status} for ${JSON.stringify(sent)}: ${response.text.slice(0, 500)}`);
  }
  expect(response.status).toBeGreaterThanOrEqual(400);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.body.status).toBe(response.status);
  for (const error of response.body.errors ?? []) {
    expect(error).toEqual(expect.objectContaining({ field: expect.any(String), rule: expect.any(String) }));
  }
}
