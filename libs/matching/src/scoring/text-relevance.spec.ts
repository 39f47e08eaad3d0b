import { buildVocabulary, needTerms, stem, technologyTerms, termsOf, textAgreement } from '@3ipet/matching';

const vocabulary = buildVocabulary(
  [
    ['esp', 'electrostatic precipitator'],
    ['zigzag', 'zig zag'],
    ['black carbon', 'soot'],
  ],
  ['the for of and in to a black carbon emissions'],
);

const listing = (
  title: string,
  rest: Partial<{ summary: string; categoryLabel: string; description: string }> = {},
) => technologyTerms({ title, summary: '', categoryLabel: '', description: '', ...rest }, vocabulary);

describe('text terms', () => {
  it('stems plurals and verb forms so both sides meet', () => {
    expect(['kilns', 'buses', 'filters', 'filtering', 'running', 'stopped', 'batteries'].map(stem)).toEqual([
      'kiln',
      'bus',
      'filter',
      'filter',
      'run',
      'stop',
      'battery',
    ]);
  });

  it('folds synonyms and hyphenated compounds into one term and drops stopwords, phrases included', () => {
    expect(termsOf('Electrostatic precipitators for the Zig-zag kilns', vocabulary)).toEqual([
      'esp',
      'zigzag',
      'kiln',
    ]);
    expect(termsOf('zig zag kiln with soot', vocabulary)).toEqual(['zigzag', 'kiln', 'with']);
  });
});

describe('text agreement', () => {
  const need = needTerms(
    {
      title: 'Zig-zag conversion of brick kilns',
      description: 'Cut soot and emissions; fan systems and training.',
    },
    vocabulary,
  );

  it('is 1 for a listing that holds the need’s words in its title, and 0 for one that shares none', () => {
    expect(textAgreement(need, listing('Zig-zag brick kiln conversion with fans and training'))).toBe(1);
    expect(textAgreement(need, listing('Electric city bus with depot charging'))).toBe(0);
  });

  it('ranks title matches above summary and description matches', () => {
    const inTitle = textAgreement(need, listing('Brick kiln conversion'));
    const inSummary = textAgreement(need, listing('Retrofit package', { summary: 'Brick kiln conversion' }));
    const inDescription = textAgreement(
      need,
      listing('Retrofit package', { description: 'Brick kiln conversion' }),
    );
    expect(inTitle).toBeGreaterThan(inSummary);
    expect(inSummary).toBeGreaterThan(inDescription);
    expect(inDescription).toBeGreaterThan(0);
  });

  it('is symmetric in how it is found: the same pair gives the same value every time', () => {
    const tech = listing('Compact fabric filter for brick kilns');
    expect(textAgreement(need, tech)).toBe(
      textAgreement(
        needTerms(
          {
            title: 'Zig-zag conversion of brick kilns',
            description: 'Cut soot and emissions; fan systems and training.',
          },
          vocabulary,
        ),
        tech,
      ),
    );
  });

  it('is 0 for a need without meaningful words', () => {
    expect(
      textAgreement(needTerms({ title: 'the of', description: '' }, vocabulary), listing('Brick kiln')),
    ).toBe(0);
  });
});
