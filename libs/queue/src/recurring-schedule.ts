const SECOND = 1000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;

/**
 * A period on the wall clock: ticks fall on multiples of it (every minute: on the minute), the same in every
 * process, so a job scheduled by several processes still has one run per tick.
 */
export interface RecurringSchedule {
  /** Whole seconds dividing a minute, or whole minutes dividing an hour. */
  everyMs: number;
}

/** The cron pattern (with seconds) of a schedule; throws for a period the wall clock cannot align. */
export function cronPatternOf({ everyMs }: RecurringSchedule): string {
  if (everyMs >= SECOND && everyMs < MINUTE && everyMs % SECOND === 0 && MINUTE % everyMs === 0) {
    return `*/${everyMs / SECOND} * * * * *`;
  }
  if (everyMs >= MINUTE && everyMs <= HOUR && everyMs % MINUTE === 0 && HOUR % everyMs === 0) {
    return `0 */${everyMs / MINUTE} * * * *`;
  }
  throw new Error(
    `A recurring job runs every whole number of seconds dividing a minute or of minutes dividing an hour, not every ${everyMs} ms`,
  );
}

/** The first tick strictly after `now` (epoch milliseconds). */
export function nextTickAfter(now: number, schedule: RecurringSchedule): number {
  cronPatternOf(schedule);
  return (Math.floor(now / schedule.everyMs) + 1) * schedule.everyMs;
}
