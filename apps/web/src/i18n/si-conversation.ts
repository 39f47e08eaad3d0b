import type { enConversation } from './en-conversation';

/** සිංහල: a match's conversation; the type keeps the keys identical to en-conversation.ts. */
export const siConversation: typeof enConversation = {
  conversation: {
    title: 'සංවාදය',
    messages: 'පණිවිඩ',
    none: 'තවම පණිවිඩ නැත. පළමු පණිවිඩය ලියන්න.',
    closed: 'මෙම හඳුන්වාදීම ප්‍රතික්ෂේප කළා: සංවාදය වසා ඇත.',
    write: 'ඔබගේ පණිවිඩය',
    send: 'යවන්න',
    edit: 'සංස්කරණය කරන්න',
    editLabel: 'ඔබගේ පණිවිඩය සංස්කරණය කරන්න',
    save: 'සුරකින්න',
    edited: 'සංස්කරණය කළා',
    history_one: 'පෙර අනුවාදය ({{count}})',
    history_other: 'පෙර අනුවාද ({{count}})',
    replacedAt: '{{date}} දින ප්‍රතිස්ථාපනය කළා',
    unread_one: 'නොකියවූ පණිවිඩ {{count}} ක්',
    unread_other: 'නොකියවූ පණිවිඩ {{count}} ක්',
    seat: {
      need: 'ආයතනය',
      vendor: 'සැපයුම්කරු',
      curator: '3iPET සම්බන්ධීකාරක',
    },
    adminTitle: 'ගැළපීමේ සංවාදය',
    adminLead: 'සංවිධාන දෙකම සහ සම්බන්ධීකාරකයන් මෙහි කියවා ලියයි.',
    backToMatches: 'ගැළපීම් වෙත ආපසු',
    open: 'සංවාදය',
  },
};
