import { ValidationArguments, registerDecorator } from 'class-validator';

const BARE_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const INSTANT_WITH_OFFSET =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
const LATEST_YEAR = 2100;

/**
 * The instant a deadline names: a bare date is the end of that day in UTC (the last moment anyone
 * anywhere still reads it as "that day" is later, but UTC is the one rule a vendor can rely on).
 */
export function parseDeadline(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const match = BARE_DATE.exec(value) ?? INSTANT_WITH_OFFSET.exec(value);
  if (!match) return undefined;
  const [y, mo, d, h = 0, mi = 0, s = 0, offsetH = 0, offsetM = 0] = match
    .slice(1)
    .map((part) => Number(part ?? 0));
  if (y > LATEST_YEAR || h > 23 || mi > 59 || s > 59 || offsetH > 14 || offsetM > 59) return undefined;
  const day = new Date(Date.UTC(y, mo - 1, d));
  if (day.getUTCFullYear() !== y || day.getUTCMonth() !== mo - 1 || day.getUTCDate() !== d) return undefined;
  const instant = BARE_DATE.test(value) ? new Date(Date.UTC(y, mo - 1, d, 23, 59, 59)) : new Date(value);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

const todayUtc = () => new Date().toISOString().slice(0, 10);

/** A date or date-time with offset, in the future (a need cannot be opened with a deadline behind it). */
export function IsFutureDeadline(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isFutureDeadline',
      target: target.constructor,
      propertyName: propertyName as string,
      options: {
        // Built when the error is, so the example is always a date that would pass: today (UTC).
        message: (args: ValidationArguments) =>
          `${args.property} must be today (${todayUtc()}) or a later date (the end of that day UTC), or a future ` +
          `ISO 8601 date-time with offset, before ${LATEST_YEAR + 1}`,
      },
      validator: {
        validate: (value: unknown) => {
          const deadline = parseDeadline(value);
          return deadline !== undefined && deadline.getTime() > Date.now();
        },
      },
    });
}
