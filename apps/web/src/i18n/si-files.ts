import type { enFiles } from './en-files';

/** සිංහල: listing images and documents; the type keeps the keys identical to en-files.ts. */
export const siFiles: typeof enFiles = {
  files: {
    heading: 'රූප සහ ලේඛන',
    intro: 'ස්ථාපනවල ඡායාරූප සහ පත්‍රිකා හෝ දත්ත පත්‍රිකා (PDF) එක් කරන්න. පළමු රූපය සෙවුම් ප්‍රතිඵලවල පෙන්වන ආවරණ රූපයයි.',
    saveFirst: 'පළමුව ලැයිස්තුගත කිරීම සුරකින්න, ඉන්පසු රූප සහ ලේඛන එක් කරන්න.',
    choose: 'ගොනුවක් එක් කරන්න',
    accepted: 'PDF, PNG, JPEG හෝ WebP.',
    documentRole: 'PDF ගොනුවක් එක් කරන්නේ',
    roles: { image: 'රූපය', brochure: 'පත්‍රිකාව', datasheet: 'දත්ත පත්‍රිකාව', document: 'ලේඛනය' },
    uploading: '{{name}} උඩුගත කරමින්…',
    uploaded: '{{name}} එක් කළා.',
    progress: '{{name}} උඩුගත කිරීම',
    images: 'රූප',
    documents: 'ලේඛන',
    none: 'තවම රූප හෝ ලේඛන නැත.',
    remove: 'මකන්න',
    removeLabel: '{{name}} මකන්න',
    removed: '{{name}} මැකුවා.',
    moveUp: 'ඉහළට ගෙන යන්න',
    moveUpLabel: '{{name}} ඉහළට ගෙන යන්න',
    imageOf: '{{title}} හි රූපය {{number}}',
    open: 'සම්පූර්ණ රූපය විවෘත කරන්න',
    download: '{{name}} බාගන්න',
    failed: '{{name}} එක් නොකළා: {{reason}}',
    errors: {
      acceptedContentType: 'එය PDF, PNG, JPEG හෝ WebP ගොනුවක් නොවේ (පරීක්ෂා කරන්නේ නම නොව අන්තර්ගතයයි).',
      extensionMatchesContent: 'එහි නම එහි අන්තර්ගතයට නොගැළපේ (උදා: .pdf ලෙස නම් කළ රූපයක්); නම වෙනස් කරන්න.',
      maxBytes: 'එය එක් ගොනුවකට අවසර ඇති ප්‍රමාණයට වඩා විශාලයි.',
      quotaPerOrganization: 'ඔබගේ සංවිධානය සිය සියලු ගබඩා ඉඩ භාවිත කර ඇත; තවදුරටත් අවශ්‍ය නැති ගොනු මකන්න.',
      decodableImage: 'රූපය කියවිය නොහැක; එය හානි වී හෝ පික්සල ඉතා වැඩි විය හැක.',
      safeFileName: 'එහි නමට අවසර නැත; ෆෝල්ඩර හෝ සැඟවුණු අක්ෂර නොමැති සරල නමක් භාවිත කරන්න.',
      network: 'සේවාදායකයට සම්බන්ධ විය නොහැකි විය; සම්බන්ධතාව පරීක්ෂා කර නැවත උත්සාහ කරන්න.',
    },
  },
};
