import type { enFindability } from './en-findability';

/** मुखपृष्ठ के उदाहरण खोज शब्द, हिन्दी में (खोज इन्हें समानार्थी शब्दों से अंग्रेज़ी सूचियों तक पहुँचाती है)। */
export const hiFindability: typeof enFindability = {
  examples: {
    first: 'ईंट भट्ठा',
    second: 'इलेक्ट्रोस्टैटिक प्रेसिपिटेटर',
    third: 'FGD',
    fourth: 'सेंसर',
  },
};
