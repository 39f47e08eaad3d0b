import type { enConversation } from './en-conversation';

/** किसी मिलान की बातचीत के हिन्दी पाठ (देखें hi.ts)। */
export const hiConversation: typeof enConversation = {
  conversation: {
    title: 'बातचीत',
    messages: 'संदेश',
    none: 'अभी कोई संदेश नहीं। पहला संदेश लिखें।',
    closed: 'यह परिचय अस्वीकार कर दिया गया: बातचीत बंद है।',
    write: 'आपका संदेश',
    send: 'भेजें',
    edit: 'संपादित करें',
    editLabel: 'अपना संदेश संपादित करें',
    save: 'सहेजें',
    edited: 'संपादित',
    history_one: 'पिछला संस्करण ({{count}})',
    history_other: 'पिछले संस्करण ({{count}})',
    replacedAt: '{{date}} को बदला गया',
    unread_one: '{{count}} अपठित संदेश',
    unread_other: '{{count}} अपठित संदेश',
    seat: {
      need: 'एजेंसी',
      vendor: 'विक्रेता',
      curator: '3iPET क्यूरेटर',
    },
    adminTitle: 'मिलान की बातचीत',
    adminLead: 'दोनों संगठन और क्यूरेटर यहाँ पढ़ते और लिखते हैं।',
    backToMatches: 'मिलानों पर वापस जाएँ',
    open: 'बातचीत',
  },
};
