// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { listingText } from './listing-text';

const listing = {
  title: 'Wet limestone FGD',
  summary: 'Spray tower desulphurisation.',
  translations: [{ language: 'zh' as const, title: '石灰石-石膏湿法烟气脱硫' }],
};

describe('a listing in the UI language', () => {
  it('shows the Chinese title and marks the English summary that has no translation', () => {
    const text = listingText(listing, 'zh');
    expect(text).toMatchObject({ title: '石灰石-石膏湿法烟气脱硫', titleLang: undefined, translated: true });
    expect(text).toMatchObject({ summary: 'Spray tower desulphurisation.', summaryLang: 'en' });
  });

  it('marks both texts English on a Chinese page when there is no translation, and nothing on an English page', () => {
    expect(listingText({ ...listing, translations: [] }, 'zh')).toMatchObject({
      titleLang: 'en',
      summaryLang: 'en',
      translated: false,
    });
    expect(listingText(listing, 'en')).toMatchObject({ title: 'Wet limestone FGD', titleLang: undefined });
  });
});
