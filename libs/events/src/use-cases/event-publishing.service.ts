import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { ConflictProblem, NotFoundProblem, StaleVersionProblem, ValidationProblem } from '@3ipet/common';
import { TransactionRunner } from '@3ipet/database';
import { AuditService, AuthContext } from '@3ipet/identity';
import { NOTIFICATION_KINDS, NotificationRecorder } from '@3ipet/notifications';
import { CapacityEvent } from '../event/capacity-event.entity';
import { inStartOrder as sortedProgramme, toStoredProgramme } from '../event/programme';
import { EventAttendance } from '../event/event-attendance.entity';
import { eventRuleViolations } from '../event/event-rules';
import { CLEARABLE_EVENT_FIELDS, EventPatch } from '../dto/event-patch.dto';
import { EventCancellation, EventInput, ProgrammeItemInput } from '../dto/event-input.dto';
import { toZonedIso } from '../time/zoned-time';
import { EventView, toEventView } from '../dto/event.view';
import { parseInstantWithOffset } from '../dto/time.decorators';

type EventFields = Omit<
  CapacityEvent,
  'id' | 'version' | 'createdBy' | 'createdAt' | 'updatedAt' | 'cancelledAt' | 'cancellationReason'
>;

/**
 * Admins put events on the calendar, change, cancel and remove them; every change is audited. Cancelling
 * tells every registered organisation, once (the notice's dedup key names the event), in the same transaction.
 */
@Injectable()
export class EventPublishingService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly audit: AuditService,
    private readonly recorder: NotificationRecorder,
  ) {}

  create(actor: AuthContext, input: EventInput): Promise<EventView> {
    assertNoNullsOutsideClearable(input);
    const applied = applyChanges(BLANK_EVENT, input);
    assertRules(applied);
    const fields = inStartOrder(applied);
    return this.transactions.run(async (manager) => {
      const event = await manager.save(
        manager.create(CapacityEvent, {
          ...fields,
          version: 1,
          createdBy: actor.userId,
          cancelledAt: null,
          cancellationReason: null,
        }),
      );
      await this.record(manager, actor, 'event.created', event.id, null, { title: event.title });
      return toEventView(event);
    });
  }

  update(actor: AuthContext, id: string, patch: EventPatch): Promise<EventView> {
    const { version, ...changes } = patch;
    assertNoNullsOutsideClearable(changes);
    return this.transactions.run(async (manager) => {
      const current = await lockEvent(manager, id);
      if (current.version !== version) throw new StaleVersionProblem(current.version);
      if (current.status === 'cancelled') throw eventCancelled();
      const applied = applyChanges(current, changes);
      assertRules(applied);
      const fields = inStartOrder(applied);
      const saved = await manager.save(CapacityEvent, {
        ...current,
        ...fields,
        version: current.version + 1,
      });
      await this.record(
        manager,
        actor,
        'event.updated',
        id,
        { version, status: current.status, fields: Object.keys(changes).sort() },
        { version: saved.version, status: saved.status },
      );
      return toEventView(await manager.findOneByOrFail(CapacityEvent, { id }));
    });
  }

  /** Cancels the event and notifies each registered organisation once; a second cancel answers 409. */
  cancel(actor: AuthContext, id: string, input: EventCancellation): Promise<EventView> {
    return this.transactions.run(async (manager) => {
      const current = await lockEvent(manager, id);
      if (current.version !== input.version) throw new StaleVersionProblem(current.version);
      if (current.status === 'cancelled') throw eventCancelled();
      if (current.endsAt <= new Date()) {
        throw new ConflictProblem('The event has ended; it can no longer be cancelled.', 'event-ended');
      }
      const reason = input.reason.trim();
      await manager.save(CapacityEvent, {
        ...current,
        status: 'cancelled',
        cancelledAt: new Date(),
        cancellationReason: reason,
        version: current.version + 1,
      });
      const attendees = await manager.find(EventAttendance, { where: { eventId: id } });
      const payload = {
        eventId: id,
        title: current.title,
        reason,
        startsAt: toZonedIso(current.startsAt, current.timeZone),
        timeZone: current.timeZone,
      };
      const recorded = await this.recorder.recordMany(
        manager,
        attendees.map((attendee) => ({
          organizationId: attendee.organizationId,
          kind: NOTIFICATION_KINDS.eventCancelled,
          payload,
          dedupKey: `event-cancelled:${id}`,
        })),
      );
      await this.record(
        manager,
        actor,
        'event.cancelled',
        id,
        { status: current.status, version: current.version },
        {
          status: 'cancelled',
          version: current.version + 1,
          reason,
          notified: recorded.filter(Boolean).length,
        },
      );
      return toEventView(await manager.findOneByOrFail(CapacityEvent, { id }));
    });
  }

  remove(actor: AuthContext, id: string): Promise<void> {
    return this.transactions.run(async (manager) => {
      const current = await lockEvent(manager, id);
      await manager.delete(CapacityEvent, { id });
      await this.record(
        manager,
        actor,
        'event.deleted',
        id,
        { title: current.title, version: current.version },
        null,
      );
    });
  }

  private record(
    manager: EntityManager,
    actor: AuthContext,
    action: string,
    targetId: string,
    before: Record<string, unknown> | null,
    after: Record<string, unknown> | null,
  ): Promise<void> {
    return this.audit.record(manager, {
      actorId: actor.userId,
      action,
      targetType: 'event',
      targetId,
      before,
      after,
    });
  }
}

const BLANK_EVENT: EventFields = {
  title: '',
  kind: 'workshop',
  startsAt: new Date(0),
  endsAt: new Date(0),
  timeZone: 'UTC',
  city: null,
  country: null,
  onlineUrl: null,
  organiser: '',
  description: '',
  countries: [],
  pollutants: [],
  sectors: [],
  status: 'published',
  showAttendees: false,
  programme: [],
};

const eventCancelled = () =>
  new ConflictProblem('The event is cancelled; it can no longer be changed.', 'event-cancelled');

async function lockEvent(manager: EntityManager, id: string): Promise<CapacityEvent> {
  const event = await manager.findOne(CapacityEvent, { where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!event) throw new NotFoundProblem('Event');
  return event;
}

/** The validated input (strings with offsets, trimmed text) laid over the event's current fields. */
function applyChanges(base: EventFields, changes: Partial<EventInput>): EventFields {
  const next: EventFields = { ...base };
  for (const [key, value] of Object.entries(changes) as [keyof EventInput, unknown][]) {
    if (value === undefined) continue;
    if (key === 'startsAt' || key === 'endsAt') next[key] = parseInstantWithOffset(value)!;
    else if (key === 'programme') next.programme = toStoredProgramme(value as ProgrammeItemInput[]);
    else if (typeof value === 'string')
      (next as Record<string, unknown>)[key] = key === 'onlineUrl' ? value : value.trim();
    else (next as Record<string, unknown>)[key] = value;
  }
  return next;
}

function assertRules(fields: EventFields): void {
  const errors = eventRuleViolations(fields);
  if (errors.length > 0) throw new ValidationProblem(errors);
}

/** `IsOptional` lets null through; only city, country and onlineUrl may be null, others must be left out. */
function assertNoNullsOutsideClearable(changes: object): void {
  const clearable: readonly string[] = CLEARABLE_EVENT_FIELDS;
  const errors = Object.entries(changes)
    .filter(([field, value]) => value === null && !clearable.includes(field))
    .map(([field]) => ({
      field,
      rule: 'notNull',
      message: `${field} must not be null; leave it out instead`,
    }));
  if (errors.length > 0) throw new ValidationProblem(errors);
}

function inStartOrder(fields: EventFields): EventFields {
  return { ...fields, programme: sortedProgramme(fields.programme) };
}
