import { type MessageCatalog, type NotificationPayload, text } from './message';

/** "“Baghouse for kilns” for the need “Cleaner brick kilns in Bhaktapur”.", when the notice names both. */
const matched = (p: NotificationPayload): string[] =>
  p.technologyTitle && p.needTitle
    ? [`The match: “${text(p.technologyTitle)}” for the need “${text(p.needTitle)}”.`]
    : [];

export const ENGLISH: MessageCatalog = {
  templates: {
    'match.introduced': (p, web) => ({
      subject: '3iPET: you have a new introduction',
      paragraphs: [
        'A 3iPET curator has introduced your organisation to a potential partner.',
        ...matched(p),
        'Open the match to see why it fits and answer whether you are interested.',
      ],
      action: { label: 'See the introduction', url: web.match(p.matchId) },
    }),
    'match.connected': (p, web) => ({
      subject: '3iPET: you are connected',
      paragraphs: [
        'Both sides are interested. Their contact details are now shared with you.',
        ...matched(p),
      ],
      action: { label: 'See the contact details', url: web.match(p.matchId) },
    }),
    'match.declined': (p, web) => ({
      subject: '3iPET: an introduction was declined',
      paragraphs: [
        'The other side declined this introduction. Curators will keep looking for better fits.',
        ...matched(p),
      ],
      action: { label: 'See the match', url: web.match(p.matchId) },
    }),
    'listing.published': (p, web) => ({
      subject: `3iPET: "${text(p.title)}" is published`,
      paragraphs: [`Your listing "${text(p.title)}" passed review and is now public.`],
      action: { label: 'See the listing', url: web.technology(p.technologyId) },
    }),
    'listing.changes-requested': (p, web) => ({
      subject: `3iPET: changes requested for "${text(p.title)}"`,
      paragraphs: [
        `A curator asked for changes to your listing "${text(p.title)}" before it can be published.`,
        `Reason: ${text(p.reason)}`,
      ],
      action: { label: 'Edit the listing', url: web.listingEditor(p.technologyId) },
    }),
    'listing.expired': (p, web) => ({
      subject: `3iPET: "${text(p.title)}" expired`,
      paragraphs: [
        `Your listing "${text(p.title)}" was not re-confirmed for twelve months and is no longer public.`,
        'Confirm that it is still accurate to publish it again.',
      ],
      action: { label: 'Confirm the listing', url: web.listingEditor(p.technologyId) },
    }),
    'saved-search.hit': (p, web) => ({
      subject: `3iPET: new match for "${text(p.savedSearchName)}"`,
      paragraphs: [`"${text(p.technologyTitle)}" was just published and matches your saved search.`],
      action: { label: 'See the technology', url: web.technology(p.technologyId) },
    }),
  },
  fallback: (kind, web) => ({
    subject: '3iPET: you have a new notification',
    paragraphs: [`Something happened on 3iPET (${kind}).`],
    action: { label: 'Open your inbox', url: web.inbox() },
  }),
  footer: 'You receive this because your organisation chose e-mail notifications on 3iPET.',
};
