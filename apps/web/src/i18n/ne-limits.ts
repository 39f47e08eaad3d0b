import type { enLimits } from './en-limits';

/** नेपाली: outlet figures, site prerequisites, capacity and area; the type keeps the keys identical to en-limits.ts. */
export const neLimits: typeof enLimits = {
  limits: {
    outletGuarantee: 'प्रत्याभूत निकास सांद्रता',
    atMost: 'बढीमा {{value}} mg/Nm³',
    outletHint:
      'ऐच्छिक: यो प्रविधिले हटाउने प्रदूषकका लागि तपाईंले प्रत्याभूति दिने निकास सांद्रता। कुनै प्रत्याभूति नदिने भए खाली छोड्नुहोस्; मनिटरहरूले केही उल्लेख गर्दैनन्।',
    outletLimit: 'पुग्नुपर्ने निकास सीमा',
    outletLimitHint:
      'ऐच्छिक: प्रत्येक प्रदूषकलाई जुन निकास सांद्रताभन्दा तल झार्नुपर्छ (mg/Nm³)। यसको प्रत्याभूति दिने सूचीहरूले त्यस प्रदूषकमा पूरा अङ्क पाउँछन्।',
    below: '{{value}} mg/Nm³ भन्दा कम',
    prerequisites: 'स्थलमा यसलाई के चाहिन्छ',
    prerequisitesHint:
      'प्रविधि जुन कुराबिना काम गर्न सक्दैन, त्यसमा चिनो लगाउनुहोस्। स्थलमा त्यो नभएका आवश्यकताहरूमा यो प्रस्ताव गरिँदैन।',
    prerequisiteNames: {
      'low-sulphur-fuel': 'कम सल्फरयुक्त इन्धन चाहिन्छ',
      'gas-supply': 'प्राकृतिक ग्यास वा एलपीजी आपूर्ति चाहिन्छ',
      'grid-power': 'ग्रिड बिजुली चाहिन्छ',
      'water-supply': 'पानी आपूर्ति चाहिन्छ',
    },
    capacity: 'एउटा जडानको क्षमता',
    flowMin: 'सबैभन्दा कम फ्लु-ग्यास प्रवाह (Nm³/h)',
    flowMax: 'सबैभन्दा बढी फ्लु-ग्यास प्रवाह (Nm³/h)',
    unitsPerInstallation: 'एउटा जडानले सेवा दिने एकाइहरू',
    unitsPerInstallationHint:
      'जस्तै, प्रति बायोग्यास प्लान्ट 200 घरधुरी; आवश्यकताका एकाइहरूका लागि कति जडान चाहिन्छ भनी गन्छ।',
    capacityUnitKind: 'गणनाको एकाइ',
    flowRange: '{{min}}–{{max}} Nm³/h फ्लु ग्यास',
    flowUpTo: 'बढीमा {{max}} Nm³/h फ्लु ग्यास',
    flowAtLeast: 'कम्तीमा {{min}} Nm³/h फ्लु ग्यास',
    serves: 'प्रति जडान {{count}} {{kind}}',
    site: 'स्थल',
    siteHint: 'स्थलमा के छ। स्थलमा नभएको कुरा चाहिने सूचीहरू प्रस्ताव गरिँदैनन्।',
    fuels: 'स्थलमा बाल्ने वा आपूर्ति हुने इन्धनहरू',
    fuelNames: {
      'high-sulphur-coal': 'उच्च सल्फरयुक्त कोइला',
      'low-sulphur-coal': 'कम सल्फरयुक्त कोइला',
      'heavy-fuel-oil': 'भारी इन्धन तेल',
      'high-sulphur-diesel': 'उच्च सल्फरयुक्त डिजेल',
      ulsd: 'अति न्यून सल्फरयुक्त डिजेल',
      biomass: 'बायोमास',
      'natural-gas': 'प्राकृतिक ग्यास',
      lpg: 'एलपीजी',
    },
    gridPower: 'स्थलमा ग्रिड बिजुली',
    waterSupply: 'स्थलमा पानी आपूर्ति',
    notStated: 'उल्लेख गरिएको छैन',
    yes: 'छ',
    no: 'छैन',
    flow: 'एउटा स्रोतको फ्लु-ग्यास प्रवाह (Nm³/h)',
    flowHint: 'जस्तै, एउटा भट्टा वा बोइलरको चिम्नी; सूचीहरूले सम्हाल्ने प्रवाह दायरासँग तुलना गरिन्छ।',
    area: 'समेटिएको सहरी क्षेत्र',
    areaHint:
      'ऐच्छिक, एकाइ सङ्ख्यासँगै वा त्यसको सट्टा: कार्यक्रमले समेट्ने जिल्ला वा क्षेत्र। प्रति km² र प्रति बासिन्दा लागतलाई यसैले गुणन गरिन्छ।',
    areaName: 'क्षेत्र वा जिल्ला',
    areaPopulation: 'जनसङ्ख्या',
    areaKm2: 'क्षेत्रफल (km²)',
    areaSummary: '{{name}}: {{people}} जना, {{km2}} km²',
  },
};
