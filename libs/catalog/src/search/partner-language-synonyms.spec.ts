import { EmbeddedSearchEngine } from '@3ipet/search';
import { TECHNOLOGY_INDEX_SETTINGS } from './technology-index';

const search = (engine: EmbeddedSearchEngine, q: string) =>
  engine
    .search('technologies', { q, filters: [], facets: [], page: 1, limit: 20 })
    .then((result) => result.hits.map((hit) => hit.id).sort());

describe('technology search in the partner countries’ languages', () => {
  const engine = new EmbeddedSearchEngine();

  beforeAll(async () => {
    await engine.configureIndex('technologies', TECHNOLOGY_INDEX_SETTINGS);
    await engine.upsert('technologies', [
      {
        id: 'kiln',
        title: 'Zig-zag brick kiln retrofit',
        summary: 'Halves black carbon from fixed chimney kilns.',
      },
      { id: 'esp', title: 'Electrostatic precipitator', summary: 'Dry ESP for coal boilers.' },
      {
        id: 'stove',
        title: 'Forced-draft stove',
        summary: 'Household cookstove burning pellets.',
        translations: [{ language: 'hi', title: 'उन्नत चूल्हा', summary: 'घर के अंदर धुआँ कम करता है।' }],
      },
      { id: 'unrelated', title: 'Fleet telematics', summary: 'Route planning for buses.' },
    ]);
  });

  it('finds English listings from Hindi, Nepali and Sinhala words for the same thing', async () => {
    expect(await search(engine, 'ईंट भट्ठा')).toEqual(['kiln']);
    expect(await search(engine, 'इँटा भट्टा')).toEqual(['kiln']);
    expect(await search(engine, 'ගඩොල් පෝරණුව')).toEqual(['kiln']);
    expect(await search(engine, 'कालो कार्बन')).toEqual(['kiln']);
    expect(await search(engine, 'इलेक्ट्रोस्टैटिक प्रेसिपिटेटर')).toEqual(['esp']);
  });

  it('finds a Hindi translation from its English and Nepali synonyms', async () => {
    expect(await search(engine, 'चूल्हा')).toEqual(['stove']);
    expect(await search(engine, 'चुलो')).toEqual(['stove']);
  });
});
