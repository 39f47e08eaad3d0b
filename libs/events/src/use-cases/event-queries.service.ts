import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository, SelectQueryBuilder } from 'typeorm';
import { NotFoundProblem, Page, offsetOf, pageOf } from '@3ipet/common';
import type { Actor } from '@3ipet/identity';
import { CapacityEvent } from '../event/capacity-event.entity';
import { AdminEventListQuery, EventFilters, EventListQuery } from '../dto/event-list.query';
import { EventView, toEventView } from '../dto/event.view';
import { isBareDate, parseDayOrInstant } from '../dto/time.decorators';

const DAY_MS = 24 * 3600 * 1000;
/** The iCalendar feed is for subscribing, not for archives: the next this-many events. */
export const FEED_MAX_EVENTS = 500;

/**
 * Reading the public calendar: soonest first, events that have not ended unless `from` says otherwise;
 * published and cancelled events (drafts are for admins only, who also get every event in their own list).
 */
@Injectable()
export class EventQueriesService {
  constructor(@InjectRepository(CapacityEvent) private readonly events: Repository<CapacityEvent>) {}

  async list(query: EventListQuery): Promise<Page<EventView>> {
    const [items, total] = await this.filtered(query)
      .skip(offsetOf(query))
      .take(query.limit)
      .getManyAndCount();
    return pageOf(items.map(toEventView), total, query);
  }

  /** Every event, drafts, cancelled and past ones included, latest start first (admins). */
  async listAll(query: AdminEventListQuery): Promise<Page<EventView>> {
    const builder = this.events
      .createQueryBuilder('event')
      .orderBy('event.startsAt', 'DESC')
      .addOrderBy('event.id', 'ASC');
    if (query.status) builder.where('event.status = :status', { status: query.status });
    const [items, total] = await builder.skip(offsetOf(query)).take(query.limit).getManyAndCount();
    return pageOf(items.map(toEventView), total, query);
  }

  async get(id: string, actor: Actor = null): Promise<EventView> {
    return toEventView(await this.findVisible(id, actor));
  }

  /** Any event, whatever its status (for admin use cases). */
  async findExisting(id: string): Promise<CapacityEvent> {
    const event = await this.events.findOneBy({ id });
    if (!event) throw new NotFoundProblem('Event');
    return event;
  }

  /** The event if the caller may see it: a draft is "not found" to anyone but admins. */
  async findVisible(id: string, actor: Actor): Promise<CapacityEvent> {
    const event = await this.findExisting(id);
    if (event.status === 'draft' && actor?.role !== 'admin') throw new NotFoundProblem('Event');
    return event;
  }

  /** Every event anyone may open (published and cancelled, past ones too), last changed first: the sitemap. */
  async publicChanges(limit: number): Promise<{ id: string; updatedAt: Date }[]> {
    return this.events.find({
      select: { id: true, updatedAt: true },
      where: { status: Not('draft') },
      order: { updatedAt: 'DESC', id: 'ASC' },
      take: limit,
    });
  }

  forFeed(filters: EventFilters): Promise<CapacityEvent[]> {
    return this.filtered(filters).take(FEED_MAX_EVENTS).getMany();
  }

  private filtered(filters: EventFilters): SelectQueryBuilder<CapacityEvent> {
    const from = filters.from ? parseDayOrInstant(filters.from)! : new Date();
    const builder = this.events
      .createQueryBuilder('event')
      .where('event.endsAt > :from', { from })
      .andWhere("event.status <> 'draft'")
      .orderBy('event.startsAt', 'ASC')
      .addOrderBy('event.id', 'ASC');
    if (filters.to) {
      const to = parseDayOrInstant(filters.to)!;
      builder.andWhere('event.startsAt < :to', {
        to: isBareDate(filters.to) ? new Date(to.getTime() + DAY_MS) : to,
      });
    }
    if (filters.country) {
      builder.andWhere('(event.country = :country OR :country = ANY(event.countries))', {
        country: filters.country,
      });
    }
    if (filters.topic) {
      builder.andWhere('(:topic = ANY(event.pollutants) OR :topic = ANY(event.sectors))', {
        topic: filters.topic,
      });
    }
    return builder;
  }
}
