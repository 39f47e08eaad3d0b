export { EventsModule } from './events.module';
export { CapacityEvent } from './event/capacity-event.entity';
export { EventAttendance } from './event/event-attendance.entity';
export { EVENT_KINDS, type EventKind } from './event/event-kinds';
export { EventInput } from './dto/event-input.dto';
export { EventView } from './dto/event.view';
export { renderCalendar } from './ics/event-calendar';
export { seedEvents, type EventSeedResult } from './seed/events.seed';
