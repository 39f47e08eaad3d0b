import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { EntityManager } from 'typeorm';
import { SEED_AGENCIES, SEED_LOGINS, SEED_VENDORS } from '@3ipet/catalog';
import { Organization, User } from '@3ipet/identity';
import { CapacityEvent } from '../event/capacity-event.entity';
import { EventAttendance } from '../event/event-attendance.entity';
import { eventRuleViolations } from '../event/event-rules';
import { EventInput } from '../dto/event-input.dto';
import { parseInstantWithOffset } from '../dto/time.decorators';
import { toStoredProgramme } from '../event/programme';
import { SEED_EVENTS, SeedEvent } from './seed-events.data';

const DAY_MS = 24 * 60 * 60 * 1000;

export interface EventSeedResult {
  events: number;
  attendances: number;
}

/**
 * Adds the demo calendar (workshops, a regional conference, webinars, a delegation) and some attendance
 * of the catalog's seeded organisations, in the caller's transaction; call it after the catalog seed.
 */
export async function seedEvents(manager: EntityManager, now: Date = new Date()): Promise<EventSeedResult> {
  const admin = await manager.findOneBy(User, { email: SEED_LOGINS.admin.email });
  let attendances = 0;
  for (const seed of SEED_EVENTS) {
    const input = await validated(seed, now);
    const fields = {
      city: null,
      country: null,
      onlineUrl: null,
      countries: [],
      pollutants: [],
      sectors: [],
      showAttendees: false,
      ...input,
      startsAt: parseInstantWithOffset(input.startsAt)!,
      endsAt: parseInstantWithOffset(input.endsAt)!,
      programme: toStoredProgramme(input.programme ?? []),
      status: 'published' as const,
      cancelledAt: null,
      cancellationReason: null,
    };
    const broken = eventRuleViolations(fields);
    if (broken.length > 0)
      throw new Error(`Seed event "${input.title}" breaks rules: ${JSON.stringify(broken)}`);
    const event = await manager.save(
      manager.create(CapacityEvent, { ...fields, version: 1, createdBy: admin?.id ?? null }),
    );
    for (const key of seed.attendees) {
      const organizationId = await seededOrganizationId(manager, key);
      await manager.save(
        manager.create(EventAttendance, { eventId: event.id, organizationId, registeredBy: null }),
      );
      attendances += 1;
    }
  }
  return { events: SEED_EVENTS.length, attendances };
}

async function validated(seed: SeedEvent, now: Date): Promise<EventInput> {
  const day = (offsetDays: number) =>
    new Date(now.getTime() + offsetDays * DAY_MS).toISOString().slice(0, 10);
  const input = plainToInstance(EventInput, {
    ...seed.input,
    startsAt: `${day(seed.inDays)}T${seed.localStart}:00${seed.offset}`,
    endsAt: `${day(seed.inDays + seed.durationDays - 1)}T${seed.localEnd}:00${seed.offset}`,
    programme: seed.programme.map((item) => ({
      startsAt: `${day(seed.inDays + item.day)}T${item.time}:00${seed.offset}`,
      title: item.title,
      ...(item.speaker ? { speaker: item.speaker } : {}),
    })),
  });
  const errors = await validate(input, { whitelist: true, forbidNonWhitelisted: true });
  if (errors.length > 0)
    throw new Error(`Seed event "${seed.input.title}" is invalid: ${JSON.stringify(errors)}`);
  return input;
}

async function seededOrganizationId(manager: EntityManager, key: string): Promise<string> {
  const seed = [...SEED_AGENCIES, ...SEED_VENDORS].find((candidate) => candidate.key === key);
  const organization = seed && (await manager.findOneBy(Organization, { name: seed.name }));
  if (!organization)
    throw new Error(`Seed events: the catalog seed has no organisation "${key}"; seed the catalog first`);
  return organization.id;
}
