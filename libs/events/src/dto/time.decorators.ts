import { ValidationArguments, registerDecorator } from 'class-validator';

/** `2026-03-10T09:00:00+05:45`, seconds and milliseconds optional, `Z` allowed; never without an offset. */
const INSTANT_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-](\d{2}):(\d{2}))$/;
export const EARLIEST_EVENT_YEAR = 2000;
export const LATEST_EVENT_YEAR = 2100;

/** The instant an ISO 8601 date-time with an explicit offset names, or undefined if it names none. */
export function parseInstantWithOffset(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = INSTANT_WITH_OFFSET.exec(value);
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second = '0', , , offsetHours = '0', offsetMinutes = '0'] = match;
  const fields = [year, month, day, hour, minute, second].map(Number);
  const [y, mo, d, h, mi, s] = fields;
  if (y < EARLIEST_EVENT_YEAR || y > LATEST_EVENT_YEAR || h > 23 || mi > 59 || s > 59) return undefined;
  if (Number(offsetHours) > 14 || Number(offsetMinutes) > 59) return undefined;
  const calendarCheck = new Date(Date.UTC(y, mo - 1, d));
  if (calendarCheck.getUTCMonth() !== mo - 1 || calendarCheck.getUTCDate() !== d) return undefined;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

export function IsInstantWithOffset(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isInstantWithOffset',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} must be an ISO 8601 date-time with an offset, e.g. 2026-03-10T09:00:00+05:45, ` +
          `in the years ${EARLIEST_EVENT_YEAR}-${LATEST_EVENT_YEAR}`,
      },
      validator: { validate: (value: unknown) => parseInstantWithOffset(value) !== undefined },
    });
}

// Each segment starts upper case, as in the tz database; Intl alone would also take `asia/kathmandu` or `+05:30`.
const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Midnight UTC of a bare `2026-03-10`, or the instant of a date-time with offset; undefined otherwise. */
export function parseDayOrInstant(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const day = BARE_DATE.exec(value);
  if (!day) return parseInstantWithOffset(value);
  const [y, mo, d] = day.slice(1).map(Number);
  if (y < EARLIEST_EVENT_YEAR || y > LATEST_EVENT_YEAR) return undefined;
  const midnight = new Date(Date.UTC(y, mo - 1, d));
  return midnight.getUTCMonth() === mo - 1 && midnight.getUTCDate() === d ? midnight : undefined;
}

export const isBareDate = (value: string) => BARE_DATE.test(value);

export function IsDayOrInstant(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isDayOrInstant',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} must be a date (2026-03-10) or an ISO 8601 date-time with an offset, ` +
          `in the years ${EARLIEST_EVENT_YEAR}-${LATEST_EVENT_YEAR}`,
      },
      validator: { validate: (value: unknown) => parseDayOrInstant(value) !== undefined },
    });
}

const IANA_NAME = /^[A-Z][A-Za-z0-9_+-]*(?:\/[A-Z][A-Za-z0-9_+-]*){0,2}$/;

/** An IANA time zone name the runtime's tz database knows (kept as written: Intl would answer legacy aliases). */
export function isKnownTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 64 || !IANA_NAME.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    // RangeError: Intl does not know the zone, which is exactly the validation failure.
    return false;
  }
}

export function IsIanaTimeZone(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIanaTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        message: (args: ValidationArguments) =>
          `${args.property} must be an IANA time zone name such as Asia/Kathmandu or Asia/Kolkata`,
      },
      validator: { validate: (value: unknown) => isKnownTimeZone(value) },
    });
}
