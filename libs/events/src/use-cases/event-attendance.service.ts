import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ConflictProblem, ForbiddenProblem, Page, PageQuery, offsetOf, pageOf } from '@3ipet/common';
import { type Actor, AuthContext, OrganizationsService } from '@3ipet/identity';
import { EventAttendance } from '../event/event-attendance.entity';
import { AttendanceView, AttendeeView, MyAttendanceView } from '../dto/event.view';
import { EventQueriesService } from './event-queries.service';

export interface Registration {
  attendance: AttendanceView;
  /** False when the organisation was already registered (the call changed nothing). */
  created: boolean;
}

/** Members register their organisation for an event; admins see who comes. */
@Injectable()
export class EventAttendanceService {
  constructor(
    @InjectRepository(EventAttendance) private readonly attendances: Repository<EventAttendance>,
    private readonly events: EventQueriesService,
    private readonly organizations: OrganizationsService,
  ) {}

  async register(actor: AuthContext, eventId: string): Promise<Registration> {
    const organizationId = organizationOf(actor);
    const event = await this.events.findVisible(eventId, actor);
    if (event.status === 'cancelled') {
      throw new ConflictProblem(
        'The event is cancelled; attendance can no longer be registered.',
        'event-cancelled',
      );
    }
    if (event.endsAt <= new Date()) {
      throw new ConflictProblem(
        'The event has ended; attendance can no longer be registered.',
        'event-ended',
      );
    }
    const inserted = await this.attendances
      .createQueryBuilder()
      .insert()
      .values({ eventId, organizationId, registeredBy: actor.userId })
      .orIgnore()
      .returning(['created_at'])
      .execute();
    const attendance = await this.attendances.findOneByOrFail({ eventId, organizationId });
    return {
      attendance: { eventId, organizationId, registeredAt: attendance.createdAt },
      created: inserted.raw.length === 1,
    };
  }

  /** Idempotent: withdrawing an attendance that is not there changes nothing. */
  async withdraw(actor: AuthContext, eventId: string): Promise<void> {
    const organizationId = organizationOf(actor);
    await this.events.findVisible(eventId, actor);
    await this.attendances.delete({ eventId, organizationId });
  }

  /** Whether the caller's organisation is registered for the event. */
  async mine(actor: AuthContext, eventId: string): Promise<MyAttendanceView> {
    const organizationId = organizationOf(actor);
    await this.events.findVisible(eventId, actor);
    const row = await this.attendances.findOneBy({ eventId, organizationId });
    return { eventId, registered: row !== null, registeredAt: row?.createdAt ?? null };
  }

  /** The registered organisations, on the public page of an event that chose to show them (admins: always). */
  async listPublic(actor: Actor, eventId: string, query: PageQuery): Promise<Page<AttendeeView>> {
    const event = await this.events.findVisible(eventId, actor);
    if (!event.showAttendees && actor?.role !== 'admin') {
      throw new ForbiddenProblem('The event does not list the organisations registered for it.');
    }
    return this.page(eventId, query);
  }

  async list(eventId: string, query: PageQuery): Promise<Page<AttendeeView>> {
    await this.events.findExisting(eventId);
    return this.page(eventId, query);
  }

  private async page(eventId: string, query: PageQuery): Promise<Page<AttendeeView>> {
    const [rows, total] = await this.attendances.findAndCount({
      where: { eventId },
      order: { createdAt: 'ASC', organizationId: 'ASC' },
      skip: offsetOf(query),
      take: query.limit,
    });
    const organizations = new Map(
      (await this.organizations.findPublicByIds(rows.map((row) => row.organizationId))).map((org) => [
        org.id,
        org,
      ]),
    );
    const items = rows.flatMap((row) => {
      const organization = organizations.get(row.organizationId);
      return organization ? [{ organization, registeredAt: row.createdAt }] : [];
    });
    return pageOf(items, total, query);
  }
}

function organizationOf(actor: AuthContext): string {
  if (!actor.organizationId)
    throw new ForbiddenProblem('Only members of an organisation can register attendance.');
  return actor.organizationId;
}
