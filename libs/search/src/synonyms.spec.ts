import { mutualSynonyms } from './synonyms';

describe('mutualSynonyms', () => {
  it('maps every term of a group to all the others, merging groups that share a term', () => {
    expect(
      mutualSynonyms([
        ['esp', 'electrostatic precipitator'],
        ['esp', '静电除尘'],
      ]),
    ).toEqual({
      esp: ['electrostatic precipitator', '静电除尘'],
      'electrostatic precipitator': ['esp'],
      静电除尘: ['esp'],
    });
  });
});
