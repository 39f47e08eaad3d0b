export interface TrlLevel {
  level: number;
  definition: string;
}

/** The standard nine technology readiness levels (as used by the EU and NASA). */
export const TRL_LEVELS: readonly TrlLevel[] = [
  { level: 1, definition: 'Basic principles observed' },
  { level: 2, definition: 'Technology concept formulated' },
  { level: 3, definition: 'Experimental proof of concept' },
  { level: 4, definition: 'Technology validated in lab' },
  { level: 5, definition: 'Technology validated in relevant environment' },
  { level: 6, definition: 'Technology demonstrated in relevant environment' },
  { level: 7, definition: 'System prototype demonstrated in operational environment' },
  { level: 8, definition: 'System complete and qualified' },
  { level: 9, definition: 'Actual system proven in operational environment' },
];

export const TRL_MIN = 1;
export const TRL_MAX = 9;
