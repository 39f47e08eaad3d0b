import type { FieldError } from '@3ipet/common';
import type { CapacityEvent } from './capacity-event.entity';

const MAX_DURATION_DAYS = 60;

type Checked = Pick<CapacityEvent, 'startsAt' | 'endsAt' | 'city' | 'country' | 'onlineUrl'> &
  Partial<Pick<CapacityEvent, 'programme'>>;

/** Rules across fields, applied to the event as it would be after a create or an update. */
export function eventRuleViolations(event: Checked): FieldError[] {
  const errors: FieldError[] = [];
  const durationMs = event.endsAt.getTime() - event.startsAt.getTime();
  if (durationMs <= 0) {
    errors.push({ field: 'endsAt', rule: 'endsAfterStart', message: 'endsAt must be after startsAt' });
  } else if (durationMs > MAX_DURATION_DAYS * 24 * 3600 * 1000) {
    errors.push({
      field: 'endsAt',
      rule: 'maxDuration',
      message: `an event lasts at most ${MAX_DURATION_DAYS} days`,
    });
  }
  if ((event.city === null) !== (event.country === null)) {
    errors.push({
      field: event.city === null ? 'city' : 'country',
      rule: 'cityWithCountry',
      message: 'a venue needs both city and country',
    });
  } else if (event.city === null && event.onlineUrl === null) {
    errors.push({
      field: 'onlineUrl',
      rule: 'venueOrOnlineLink',
      message: 'give city and country for a venue, or onlineUrl for an online event (or both)',
    });
  }
  (event.programme ?? []).forEach((item, index) => {
    const at = new Date(item.startsAt);
    if (at < event.startsAt || at >= event.endsAt) {
      errors.push({
        field: `programme.${index}.startsAt`,
        rule: 'withinEvent',
        message: 'a programme item starts at or after startsAt and before endsAt',
      });
    }
  });
  return errors;
}
