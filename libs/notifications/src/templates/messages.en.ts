import { CONVERSATION_TEMPLATES_EN } from './conversation-messages';
import { type MessageCatalog, type NotificationPayload, text } from './message';

/** "“Baghouse for kilns” for the need “Cleaner brick kilns in Bhaktapur”.", when the notice names both. */
const matched = (p: NotificationPayload): string[] =>
  p.technologyTitle && p.needTitle
    ? [`The match: “${text(p.technologyTitle)}” for the need “${text(p.needTitle)}”.`]
    : [];

export const ENGLISH: MessageCatalog = {
  templates: {
    ...CONVERSATION_TEMPLATES_EN,
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
    'project.move-proposed': (p, web) => ({
      subject: '3iPET: a project step waits for your confirmation',
      paragraphs: [
        `The other side says the project reached “${text(p.toStage)}”. Confirm it if you agree.`,
        ...matched(p),
      ],
      action: { label: 'See the project', url: web.project(p.projectId) },
    }),
    'project.stalled': (p, web) => ({
      subject: '3iPET: is your project still moving?',
      paragraphs: [
        `Your project has been at “${text(p.stage)}” for ${text(p.days)} days.`,
        ...matched(p),
        'Record the next step, or pause or end the project, so both sides and the curators know where it stands.',
      ],
      action: { label: 'Update the project', url: web.project(p.projectId) },
    }),
    'event.cancelled': (p, web) => ({
      subject: `3iPET: "${text(p.title)}" is cancelled`,
      paragraphs: [
        `The event "${text(p.title)}", which your organisation registered for, has been cancelled.`,
        `Reason: ${text(p.reason)}`,
      ],
      action: { label: 'See the event', url: web.event(p.eventId) },
    }),
    'review.verdict-published': (p, web) => ({
      subject: `3iPET: experts reviewed "${text(p.title)}"`,
      paragraphs: [
        `The expert verdict on your listing "${text(p.title)}" is published: scores, comments and what was confirmed of each claim.`,
        'You may post one answer to it.',
      ],
      action: { label: 'See the verdict', url: web.listingEditor(p.technologyId) },
    }),
    'review.verdict-expired': (p, web) => ({
      subject: `3iPET: the expert verdict on "${text(p.title)}" expired`,
      paragraphs: [
        `The expert verdict on your listing "${text(p.title)}" has expired; its claims count as stated until a new review.`,
      ],
      action: { label: 'See the listing', url: web.listingEditor(p.technologyId) },
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
    'organization.verification': (p, web) => {
      const said: Record<string, { subject: string; lead: string }> = {
        verified: {
          subject: '3iPET: your organisation is verified',
          lead: 'A 3iPET admin checked your organisation and marked it verified; its profile and listings now show the badge.',
        },
        rejected: {
          subject: '3iPET: your organisation was not verified',
          lead: 'A 3iPET admin could not verify your organisation.',
        },
        withdrawn: {
          subject: "3iPET: your organisation's verification was withdrawn",
          lead: 'A 3iPET admin withdrew the verification of your organisation.',
        },
      };
      const { subject, lead } = said[text(p.decision)] ?? said.withdrawn;
      return {
        subject,
        paragraphs: [lead, ...(p.reason ? [`Reason: ${text(p.reason)}`] : [])],
        action: { label: 'See your organisation', url: web.organizationSettings() },
      };
    },
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
    'saved-need-search.hit': (p, web) => ({
      subject: `3iPET: a new need for "${text(p.savedSearchName)}"`,
      paragraphs: [`"${text(p.needTitle)}" was just opened and matches your saved search of needs.`],
      action: { label: 'See the need', url: web.need(p.needId) },
    }),
  },
  fallback: (kind, web) => ({
    subject: '3iPET: you have a new notification',
    paragraphs: [`Something happened on 3iPET (${kind}).`],
    action: { label: 'Open your inbox', url: web.inbox() },
  }),
  footer: 'You receive this because your organisation chose e-mail notifications on 3iPET.',
};
