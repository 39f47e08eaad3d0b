export { AdminEventEditorPage } from './AdminEventEditorPage';
export { AdminEventsPage } from './AdminEventsPage';
export { EventPage } from './EventPage';
