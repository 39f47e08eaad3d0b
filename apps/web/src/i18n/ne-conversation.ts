import type { enConversation } from './en-conversation';

/** नेपाली: a match's conversation; the type keeps the keys identical to en-conversation.ts. */
export const neConversation: typeof enConversation = {
  conversation: {
    title: 'कुराकानी',
    messages: 'सन्देशहरू',
    none: 'अहिलेसम्म कुनै सन्देश छैन। पहिलो सन्देश लेख्नुहोस्।',
    closed: 'यो परिचय अस्वीकार गरियो: कुराकानी बन्द छ।',
    write: 'तपाईंको सन्देश',
    send: 'पठाउनुहोस्',
    edit: 'सम्पादन गर्नुहोस्',
    editLabel: 'आफ्नो सन्देश सम्पादन गर्नुहोस्',
    save: 'सुरक्षित गर्नुहोस्',
    edited: 'सम्पादित',
    history_one: 'अघिल्लो संस्करण ({{count}})',
    history_other: 'अघिल्ला संस्करणहरू ({{count}})',
    replacedAt: '{{date}} मा बदलिएको',
    unread_one: '{{count}} नपढिएको सन्देश',
    unread_other: '{{count}} नपढिएका सन्देशहरू',
    seat: {
      need: 'निकाय',
      vendor: 'प्रविधि प्रदायक',
      curator: '3iPET क्युरेटर',
    },
    adminTitle: 'मिलानको कुराकानी',
    adminLead: 'दुवै संस्था र क्युरेटरहरूले यहाँ पढ्छन् र लेख्छन्।',
    backToMatches: 'मिलानहरूमा फर्कनुहोस्',
    open: 'कुराकानी',
  },
};
