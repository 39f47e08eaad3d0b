import type { enFiles } from './en-files';

/** नेपाली: listing images and documents; the type keeps the keys identical to en-files.ts. */
export const neFiles: typeof enFiles = {
  files: {
    heading: 'तस्बिर र कागजातहरू',
    intro: 'जडानका तस्बिरहरू र ब्रोसर वा डाटासिट (PDF) थप्नुहोस्। पहिलो तस्बिर खोज नतिजामा देखाइने आवरण तस्बिर हो।',
    saveFirst: 'पहिले सूची सुरक्षित गर्नुहोस्, त्यसपछि तस्बिर र कागजातहरू थप्नुहोस्।',
    choose: 'फाइल थप्नुहोस्',
    accepted: 'PDF, PNG, JPEG वा WebP।',
    documentRole: 'PDF यस रूपमा थपिन्छ',
    roles: { image: 'तस्बिर', brochure: 'ब्रोसर', datasheet: 'डाटासिट', document: 'कागजात' },
    uploading: '{{name}} अपलोड हुँदैछ…',
    uploaded: '{{name}} थपियो।',
    progress: '{{name}} को अपलोड',
    images: 'तस्बिरहरू',
    documents: 'कागजातहरू',
    none: 'अहिलेसम्म कुनै तस्बिर वा कागजात छैन।',
    remove: 'मेटाउनुहोस्',
    removeLabel: '{{name}} मेटाउनुहोस्',
    removed: '{{name}} मेटाइयो।',
    moveUp: 'माथि सार्नुहोस्',
    moveUpLabel: '{{name}} लाई माथि सार्नुहोस्',
    imageOf: '{{title}} को तस्बिर {{number}}',
    open: 'पूरा तस्बिर खोल्नुहोस्',
    download: '{{name}} डाउनलोड गर्नुहोस्',
    failed: '{{name}} थपिएन: {{reason}}',
    errors: {
      acceptedContentType: 'यो PDF, PNG, JPEG वा WebP फाइल होइन (नाम होइन, सामग्री जाँचिन्छ)।',
      extensionMatchesContent:
        'यसको नाम यसको सामग्रीसँग मेल खाँदैन (जस्तै .pdf नाम दिइएको तस्बिर); नाम परिवर्तन गर्नुहोस्।',
      maxBytes: 'यो एउटा फाइलका लागि अनुमति दिइएको आकारभन्दा ठूलो छ।',
      quotaPerOrganization: 'तपाईंको संस्थाले आफ्नो सबै भण्डारण प्रयोग गरिसकेको छ; अब नचाहिने फाइलहरू मेटाउनुहोस्।',
      decodableImage: 'तस्बिर पढ्न सकिएन; यो बिग्रिएको वा धेरै पिक्सेल भएको हुन सक्छ।',
      safeFileName: 'यो नाम अनुमति छैन; फोल्डर वा लुकेका अक्षरबिनाको साधारण नाम प्रयोग गर्नुहोस्।',
      network: 'सर्भरसँग सम्पर्क हुन सकेन; जडान जाँच गरी फेरि प्रयास गर्नुहोस्।',
    },
  },
};
