/** English strings of vendors' saved searches of open needs (see en.ts). */
export const enSavedNeeds = {
  savedNeedSearches: {
    title: 'Your saved searches of needs',
    hint: 'When an agency opens a need that matches one, your organisation is told in its inbox and by e-mail.',
    save: 'Save this search and get alerts',
    saved: 'Search saved: you will hear about new needs that match it.',
    remove: 'Delete',
    removeLabel: 'Delete the saved search {{name}}',
    noneYet: 'No open need matches yet. Save this search to hear when an agency posts one.',
  },
};
