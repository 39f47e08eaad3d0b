/** The booking grid: slots of `slotMinutes` from the window start, each ending by the window end. */
export interface Grid {
  windowStart: Date;
  windowEnd: Date;
  slotMinutes: number;
}

const MINUTE_MS = 60_000;

export function slotStarts(grid: Grid): Date[] {
  const step = grid.slotMinutes * MINUTE_MS;
  const starts: Date[] = [];
  for (let t = grid.windowStart.getTime(); t + step <= grid.windowEnd.getTime(); t += step)
    starts.push(new Date(t));
  return starts;
}

/** True when `start` begins a slot of the grid. */
export function isOnGrid(grid: Grid, start: Date): boolean {
  const step = grid.slotMinutes * MINUTE_MS;
  const offset = start.getTime() - grid.windowStart.getTime();
  return offset >= 0 && offset % step === 0 && start.getTime() + step <= grid.windowEnd.getTime();
}

/** The grid's slots that lie wholly inside [from, to). */
export function slotsWithin(grid: Grid, from: Date, to: Date): Date[] {
  const step = grid.slotMinutes * MINUTE_MS;
  return slotStarts(grid).filter((s) => s >= from && s.getTime() + step <= to.getTime());
}

export const slotEnd = (grid: Grid, start: Date): Date =>
  new Date(start.getTime() + grid.slotMinutes * MINUTE_MS);
