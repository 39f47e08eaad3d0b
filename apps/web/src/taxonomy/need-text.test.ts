import { describe, expect, it } from 'vitest';
import { needText, needTitle } from './need-text';

const need = {
  title: 'Cut PM from brick kilns',
  description: 'Zig-zag conversion.',
  translations: [{ language: 'ne', title: 'इँटा भट्टाको धुलो घटाउने' }],
};

describe('needText', () => {
  it('shows the translation of the UI language, the English rest marked as English', () => {
    expect(needText(need, 'ne')).toEqual({
      title: 'इँटा भट्टाको धुलो घटाउने',
      description: 'Zig-zag conversion.',
      translated: true,
      titleLang: undefined,
      descriptionLang: 'en',
    });
  });

  it('keeps the original in English and where no translation exists', () => {
    expect(needText(need, 'en')).toMatchObject({
      title: need.title,
      translated: false,
      titleLang: undefined,
    });
    expect(needText(need, 'si')).toMatchObject({ title: need.title, translated: false, titleLang: 'en' });
  });
});

describe('needTitle', () => {
  it('takes a summary without descriptions: the title translated, or the original marked as English', () => {
    const summary = { title: need.title, translations: [{ language: 'ne', title: 'इँटा भट्टाको धुलो घटाउने' }] };
    expect(needTitle(summary, 'ne')).toEqual({ title: 'इँटा भट्टाको धुलो घटाउने', lang: undefined });
    expect(needTitle(summary, 'zh')).toEqual({ title: need.title, lang: 'en' });
    expect(needTitle(summary, 'en')).toEqual({ title: need.title, lang: undefined });
  });
});
