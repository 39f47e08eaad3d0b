import { ValidateBy, ValidationOptions } from 'class-validator';

/** The field the rules below read from the object being validated. */
interface EnvironmentMode {
  NODE_ENV?: string;
}

export const toInt = ({ value }: { value: unknown }) =>
  value === undefined || value === '' ? undefined : /^-?\d+$/.test(String(value)) ? Number(value) : value;
export const toBool = ({ value }: { value: unknown }) =>
  value === undefined || value === ''
    ? undefined
    : value === 'true' || value === '1'
      ? true
      : value === 'false' || value === '0'
        ? false
        : value;
export const emptyToUndefined = ({ value }: { value: unknown }) => (value === '' ? undefined : value);

/** A setting value allowed only when NODE_ENV=test (e.g. a cheaper password hash). */
export const AllowedOnlyInTest = (testOnlyValue: string, options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'allowedOnlyInTest',
      validator: {
        validate: (value, args) =>
          value !== testOnlyValue || (args?.object as EnvironmentMode).NODE_ENV === 'test',
        defaultMessage: (args) => `${args?.property}=${testOnlyValue} is allowed only when NODE_ENV=test`,
      },
    },
    options,
  );

/** Each comma-separated entry is exactly an origin: scheme, host, optional port; no path, no `*`, no `null`. */
export const IsOriginList = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'isOriginList',
      validator: {
        validate: (value) => typeof value === 'string' && originEntries(value).every(isOrigin),
        defaultMessage: (args) =>
          `${args?.property} must be a comma-separated list of origins such as https://app.example.org ` +
          `(no "*", no "null", no path); not an origin: ${originEntries(String(args?.value))
            .filter((entry) => !isOrigin(entry))
            .join(', ')}`,
      },
    },
    options,
  );

export const originEntries = (list: string) =>
  list
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');

function isOrigin(entry: string): boolean {
  try {
    const url = new URL(entry);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.origin === entry;
  } catch {
    return false;
  }
}

/** Demo logins with known passwords must never reach a production database. */
export const NotTrueInProduction = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'notTrueInProduction',
      validator: {
        validate: (value, args) =>
          value !== true || (args?.object as EnvironmentMode).NODE_ENV !== 'production',
        defaultMessage: (args) =>
          `${args?.property}=true is refused when NODE_ENV=production (it would create the demo logins); ` +
          'create the first admin with `npm run admin:create`',
      },
    },
    options,
  );

/** A period the wall clock can align (a recurring job's): whole seconds dividing a minute, or minutes an hour. */
export const WallClockPeriod = (options?: ValidationOptions) =>
  ValidateBy(
    {
      name: 'wallClockPeriod',
      validator: {
        validate: (value) =>
          typeof value === 'number' &&
          ((value >= 1000 && value < 60_000 && value % 1000 === 0 && 60_000 % value === 0) ||
            (value >= 60_000 && value % 60_000 === 0 && 3_600_000 % value === 0)),
        defaultMessage: (args) =>
          `${args?.property} must be whole seconds dividing a minute or whole minutes dividing an hour (e.g. 30000, 60000, 300000)`,
      },
    },
    options,
  );
