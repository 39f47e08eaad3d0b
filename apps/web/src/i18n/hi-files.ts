import type { enFiles } from './en-files';

/** सूची के चित्रों और दस्तावेज़ों के हिन्दी पाठ (देखें hi.ts)। */
export const hiFiles: typeof enFiles = {
  files: {
    heading: 'चित्र और दस्तावेज़',
    intro: 'स्थापनाओं की तस्वीरें और ब्रोशर या डेटाशीट (PDF) जोड़ें। पहला चित्र आवरण है, जो खोज परिणामों में दिखता है।',
    saveFirst: 'पहले सूची सहेजें, फिर चित्र और दस्तावेज़ जोड़ें।',
    choose: 'फ़ाइल जोड़ें',
    accepted: 'PDF, PNG, JPEG या WebP।',
    documentRole: 'PDF इस रूप में जुड़ती है',
    roles: { image: 'चित्र', brochure: 'ब्रोशर', datasheet: 'डेटाशीट', document: 'दस्तावेज़' },
    uploading: '{{name}} अपलोड हो रही है…',
    uploaded: '{{name}} जोड़ी गई।',
    progress: '{{name}} का अपलोड',
    images: 'चित्र',
    documents: 'दस्तावेज़',
    none: 'अभी कोई चित्र या दस्तावेज़ नहीं।',
    remove: 'हटाएँ',
    removeLabel: '{{name}} हटाएँ',
    removed: '{{name}} हटाई गई।',
    moveUp: 'ऊपर ले जाएँ',
    moveUpLabel: '{{name}} को ऊपर ले जाएँ',
    imageOf: '{{title}} का चित्र {{number}}',
    open: 'पूरा चित्र खोलें',
    download: '{{name}} डाउनलोड करें',
    failed: '{{name}} नहीं जोड़ी गई: {{reason}}',
    errors: {
      acceptedContentType: 'यह PDF, PNG, JPEG या WebP फ़ाइल नहीं है (सामग्री जाँची जाती है, नाम नहीं)।',
      extensionMatchesContent: 'इसका नाम इसकी सामग्री से मेल नहीं खाता (जैसे .pdf नाम वाला चित्र); इसका नाम बदलें।',
      maxBytes: 'यह एक फ़ाइल के लिए अनुमत आकार से बड़ी है।',
      quotaPerOrganization: 'आपके संगठन ने अपना पूरा भंडारण उपयोग कर लिया है; जिन फ़ाइलों की अब ज़रूरत नहीं, उन्हें हटाएँ।',
      decodableImage: 'चित्र पढ़ा नहीं जा सकता; शायद यह खराब है या इसमें बहुत अधिक पिक्सेल हैं।',
      safeFileName: 'इसका नाम अनुमत नहीं है; फ़ोल्डर या छिपे अक्षरों के बिना सादा नाम रखें।',
      network: 'सर्वर तक नहीं पहुँच सके; कनेक्शन जाँचें और फिर से कोशिश करें।',
    },
  },
};
