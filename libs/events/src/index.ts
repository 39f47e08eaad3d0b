export { EventsModule } from './events.module';
export { CapacityEvent } from './event/capacity-event.entity';
export { EventAttendance } from './event/event-attendance.entity';
export { EVENT_KINDS, type EventKind } from './event/event-kinds';
export { EventInput } from './dto/event-input.dto';
export { EventView } from './dto/event.view';
export { EventQueriesService } from './use-cases/event-queries.service';
export { renderCalendar } from './ics/event-calendar';
export { seedEvents, type EventSeedResult } from './seed/events.seed';
export { escapeText, formatUtcDateTime, formatWallClock, toIcsStream } from './ics/ics-text';
export { vtimezoneLines } from './ics/vtimezone';
export { toZonedIso, wallClockOf } from './time/zoned-time';
export {
  IsIanaTimeZone,
  IsInstantWithOffset,
  isKnownTimeZone,
  parseInstantWithOffset,
} from './dto/time.decorators';
export { SEED_EVENTS } from './seed/seed-events.data';
