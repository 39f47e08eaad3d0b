import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository, SelectQueryBuilder } from 'typeorm';
import { NotFoundProblem, Page, offsetOf, pageOf } from '@3ipet/common';
import { CapacityEvent } from '../event/capacity-event.entity';
import { EventFilters, EventListQuery } from '../dto/event-list.query';
import { EventView, toEventView } from '../dto/event.view';
import { isBareDate, parseDayOrInstant } from '../dto/time.decorators';

const DAY_MS = 24 * 3600 * 1000;
/** The iCalendar feed is for subscribing, not for archives: the next this-many events. */
export const FEED_MAX_EVENTS = 500;

/** Reading the public calendar: soonest first, events that have not ended unless `from` says otherwise. */
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

  async get(id: string): Promise<EventView> {
    return toEventView(await this.findExisting(id));
  }

  async findExisting(id: string): Promise<CapacityEvent> {
    const event = await this.events.findOneBy({ id });
    if (!event) throw new NotFoundProblem('Event');
    return event;
  }

  forFeed(filters: EventFilters): Promise<CapacityEvent[]> {
    return this.filtered(filters).take(FEED_MAX_EVENTS).getMany();
  }

  private filtered(filters: EventFilters): SelectQueryBuilder<CapacityEvent> {
    const from = filters.from ? parseDayOrInstant(filters.from)! : new Date();
    const builder = this.events
      .createQueryBuilder('event')
      .where('event.endsAt > :from', { from })
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
