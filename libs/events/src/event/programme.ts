import type { ProgrammeItemInput } from '../dto/event-input.dto';
import { parseInstantWithOffset } from '../dto/time.decorators';
import type { StoredProgrammeItem } from './capacity-event.entity';

/** The programme as sent (so rule errors name the index the client used); sort it once the rules pass. */
export function toStoredProgramme(items: readonly ProgrammeItemInput[]): StoredProgrammeItem[] {
  return items.map((item) => ({
    startsAt: parseInstantWithOffset(item.startsAt)!.toISOString(),
    title: item.title.trim(),
    speaker: item.speaker?.trim() || null,
  }));
}

/** Start order; items at the same time keep their order (Array.prototype.sort is stable). */
export function inStartOrder(items: readonly StoredProgrammeItem[]): StoredProgrammeItem[] {
  return [...items].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
}
