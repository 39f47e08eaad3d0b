import { queryString, type Query } from './client';
import { api } from './endpoints';
import type { components } from './schema';

type Schemas = components['schemas'];

export type BookingSettingsView = Schemas['BookingSettingsView'];
export type MeetingView = Schemas['MeetingView'];
export type ParticipantView = Schemas['ParticipantView'];
export type ParticipantPage = Schemas['ParticipantPage'];
export type AgendaView = Schemas['AgendaView'];
export type AgendaItem = Schemas['AgendaItem'];
export type EventView = Schemas['EventView'];
export type BookingSettingsInput = Schemas['BookingSettingsInput'];
export type AvailabilityView = Schemas['AvailabilityView'];
export type FeedbackInput = Schemas['FeedbackInput'];

const V1 = '/api/v1';

/** B2B meetings at an event, and the caller's agenda. */
export const meetings = {
  event: (eventId: string) => api.get<EventView>(`${V1}/events/${eventId}`),
  attend: (eventId: string) => api.post(`${V1}/events/${eventId}/attendance`),
  settings: (eventId: string) => api.get<BookingSettingsView>(`${V1}/events/${eventId}/meetings/settings`),
  saveSettings: (eventId: string, input: BookingSettingsInput) =>
    api.put<BookingSettingsView>(`${V1}/events/${eventId}/meetings/settings`, input),
  availability: (eventId: string) => api.get<AvailabilityView>(`${V1}/events/${eventId}/availability`),
  saveAvailability: (eventId: string, ranges: { start: string; end: string }[]) =>
    api.put<AvailabilityView>(`${V1}/events/${eventId}/availability`, { ranges }),
  feedback: (eventId: string, meetingId: string, input: FeedbackInput) =>
    api.post<MeetingView>(`${V1}/events/${eventId}/meetings/${meetingId}/feedback`, input),
  participants: (eventId: string, query: Query) =>
    api.get<ParticipantPage>(`${V1}/events/${eventId}/meetings/participants`, { query }),
  list: (eventId: string) => api.get<{ items: MeetingView[] }>(`${V1}/events/${eventId}/meetings`),
  request: (eventId: string, inviteeOrganizationId: string, message: string) =>
    api.post<MeetingView>(`${V1}/events/${eventId}/meetings`, { inviteeOrganizationId, message }),
  answer: (eventId: string, meetingId: string, what: 'accept' | 'decline' | 'cancel') =>
    api.post<MeetingView>(`${V1}/events/${eventId}/meetings/${meetingId}/${what}`, {}),
  agenda: (timeZone: string) => api.get<AgendaView>(`${V1}/me/agenda${queryString({ timeZone })}`),
  agendaFile: () => api.blob(`${V1}/me/agenda.ics`),
};
