export { AgendaPage } from './AgendaPage';
export { EventMeetingsPage } from './EventMeetingsPage';
