export * from './scoring/components';
export * from './scoring/match-score';
export * from './scoring/profiles';
export * from './scoring/regions';
export * from './scoring/weights';
