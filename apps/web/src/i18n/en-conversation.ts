/** English strings of a match's conversation (see en.ts). */
export const enConversation = {
  conversation: {
    title: 'Conversation',
    messages: 'Messages',
    none: 'No messages yet. Write the first one.',
    closed: 'This introduction was declined: the conversation is closed.',
    write: 'Your message',
    send: 'Send',
    edit: 'Edit',
    editLabel: 'Edit your message',
    save: 'Save',
    edited: 'edited',
    history_one: 'Earlier version ({{count}})',
    history_other: 'Earlier versions ({{count}})',
    replacedAt: 'Replaced {{date}}',
    unread_one: '{{count}} unread message',
    unread_other: '{{count}} unread messages',
    seat: {
      need: 'Agency',
      vendor: 'Vendor',
      curator: '3iPET curator',
    },
    adminTitle: 'Match conversation',
    adminLead: 'Both organisations and curators read and write here.',
    backToMatches: 'Back to the matches',
    open: 'Conversation',
  },
};
