/**
 * The words agencies in India, Nepal and Sri Lanka type for the same things, in Hindi, Nepali and Sinhala
 * (Hindi and Nepali share the Devanagari script but not always the spelling). Each group is mutual.
 */
export const PARTNER_LANGUAGE_SYNONYM_GROUPS: string[][] = [
  ['brick kiln', 'ईंट भट्ठा', 'ईंट भट्टा', 'इँटा भट्टा', 'ගඩොල් පෝරණුව'],
  ['pm2.5', 'पीएम2.5'],
  ['air pollution', 'वायु प्रदूषण', 'වායු දූෂණය'],
  ['black carbon', 'ब्लैक कार्बन', 'कालो कार्बन', 'කළු කාබන්'],
  ['crop residue', 'पराली', 'पराल'],
  ['cookstove', 'चूल्हा', 'चुलो', 'ලිප'],
  ['dust', 'धूल', 'धुलो', 'දූවිලි'],
  ['sensor', 'सेंसर', 'सेन्सर', 'සංවේදකය'],
];
