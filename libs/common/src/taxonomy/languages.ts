export interface Language {
  /** BCP 47 primary language subtag. */
  id: string;
  label: string;
  nativeLabel: string;
}

export const LANGUAGES: readonly Language[] = [
  { id: 'en', label: 'English', nativeLabel: 'English' },
  { id: 'zh', label: 'Chinese', nativeLabel: '中文' },
  { id: 'hi', label: 'Hindi', nativeLabel: 'हिन्दी' },
  { id: 'ne', label: 'Nepali', nativeLabel: 'नेपाली' },
  { id: 'si', label: 'Sinhala', nativeLabel: 'සිංහල' },
  { id: 'ta', label: 'Tamil', nativeLabel: 'தமிழ்' },
  { id: 'bn', label: 'Bengali', nativeLabel: 'বাংলা' },
  { id: 'ur', label: 'Urdu', nativeLabel: 'اردو' },
  { id: 'dz', label: 'Dzongkha', nativeLabel: 'རྫོང་ཁ' },
  { id: 'my', label: 'Burmese', nativeLabel: 'မြန်မာ' },
  { id: 'th', label: 'Thai', nativeLabel: 'ไทย' },
  { id: 'vi', label: 'Vietnamese', nativeLabel: 'Tiếng Việt' },
  { id: 'id', label: 'Indonesian', nativeLabel: 'Bahasa Indonesia' },
  { id: 'ms', label: 'Malay', nativeLabel: 'Bahasa Melayu' },
  { id: 'mn', label: 'Mongolian', nativeLabel: 'Монгол' },
  { id: 'ja', label: 'Japanese', nativeLabel: '日本語' },
  { id: 'ko', label: 'Korean', nativeLabel: '한국어' },
  { id: 'ru', label: 'Russian', nativeLabel: 'Русский' },
  { id: 'ar', label: 'Arabic', nativeLabel: 'العربية' },
  { id: 'fa', label: 'Persian', nativeLabel: 'فارسی' },
  { id: 'de', label: 'German', nativeLabel: 'Deutsch' },
  { id: 'fr', label: 'French', nativeLabel: 'Français' },
  { id: 'es', label: 'Spanish', nativeLabel: 'Español' },
  { id: 'pt', label: 'Portuguese', nativeLabel: 'Português' },
];

/** Title and summary are written in English; these are the languages a translation may be in. */
export const TRANSLATION_LANGUAGES = LANGUAGES.map((language) => language.id).filter((id) => id !== 'en');
