import { Injectable } from '@nestjs/common';
import { countryName } from '@3ipet/catalog';
import { EventFilters } from '../dto/event-list.query';
import { renderCalendar } from '../ics/event-calendar';
import type { Actor } from '@3ipet/identity';
import { EventQueriesService } from './event-queries.service';

/** The calendar feed: the same selection as the list, rendered as iCalendar. */
@Injectable()
export class EventsFeedService {
  constructor(private readonly queries: EventQueriesService) {}

  async calendar(filters: EventFilters): Promise<string> {
    return renderCalendar(await this.queries.forFeed(filters), { countryName });
  }

  /** One event as a calendar file (a cancelled one says STATUS:CANCELLED, so calendars drop it). */
  async eventCalendar(id: string, actor: Actor): Promise<string> {
    return renderCalendar([await this.queries.findVisible(id, actor)], { countryName });
  }
}
