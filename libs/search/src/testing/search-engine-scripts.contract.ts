import type { SearchEngine } from '../search-engine.port';
import type { IndexSettings, SearchDocument, SearchQuery } from '../search.types';
import { mutualSynonyms } from '../synonyms';

const query = (q: string): SearchQuery => ({ q, filters: [], facets: [], page: 1, limit: 20 });

const settings: IndexSettings = {
  primaryKey: 'id',
  searchableAttributes: ['title', 'summary'],
  filterableAttributes: [],
  sortableAttributes: [],
  facetable: [],
  synonyms: mutualSynonyms([
    ['brick kiln', 'ईंट भट्ठा', 'इँटा भट्टा', 'ගඩොල් පෝරණුව'],
    ['pm2.5', 'पीएम2.5'],
  ]),
  typoTolerance: true,
};

/** Listings written in Hindi, Nepali and Sinhala, as vendors translate them for the partner countries. */
const listings: SearchDocument[] = [
  {
    id: 'kiln-hi',
    title: 'ज़िग-ज़ैग ईंट भट्ठा',
    summary: 'ईंट भट्ठों से निकलने वाले धुएँ और कालिख को आधा करता है।',
  },
  {
    id: 'kiln-ne',
    title: 'सुधारिएको इँटा भट्टा',
    summary: 'इँटा भट्टाबाट निस्कने धुवाँ र कालो कार्बन घटाउँछ।',
  },
  {
    id: 'sensor-si',
    title: 'වායු තත්ත්ව සංවේදක ජාලය',
    summary: 'නගරයේ PM2.5 මට්ටම් මිනිත්තුවෙන් මිනිත්තුව මනියි.',
  },
  {
    id: 'sensor-hi',
    title: 'कम लागत वाला वायु गुणवत्ता सेंसर',
    summary: 'शहर में पीएम2.5 और धूल को हर मिनट मापता है।',
  },
  { id: 'kiln-en', title: 'Brick kiln retrofit', summary: 'Cuts black carbon from fixed chimney kilns.' },
];

/** Devanagari and Sinhala text: words split at spaces, vowel signs and virama kept inside the word, synonyms across scripts. */
export function describeScriptsContract(engine: () => SearchEngine, newIndexName: () => string): void {
  async function loadedIndex(): Promise<string> {
    const index = newIndexName();
    await engine().configureIndex(index, settings);
    await engine().upsert(index, listings);
    return index;
  }
  const sortedIds = (result: { hits: { id: string }[] }) => result.hits.map((hit) => hit.id).sort();

  it('finds a Hindi, Nepali or Sinhala word whole, its vowel signs and conjuncts included', async () => {
    const index = await loadedIndex();
    expect(sortedIds(await engine().search(index, query('सेंसर')))).toEqual(['sensor-hi']);
    expect(sortedIds(await engine().search(index, query('धुवाँ')))).toEqual(['kiln-ne']);
    expect(sortedIds(await engine().search(index, query('සංවේදක')))).toEqual(['sensor-si']);
    expect(sortedIds(await engine().search(index, query('वायु गुणवत्ता')))).toEqual(['sensor-hi']);
  });

  it('matches the last Devanagari or Sinhala word as a prefix', async () => {
    const index = await loadedIndex();
    expect(sortedIds(await engine().search(index, query('गुणव')))).toEqual(['sensor-hi']);
    expect(sortedIds(await engine().search(index, query('ජාල')))).toEqual(['sensor-si']);
  });

  it('applies synonyms across English, Hindi, Nepali and Sinhala', async () => {
    const index = await loadedIndex();
    const kilns = ['kiln-en', 'kiln-hi', 'kiln-ne'];
    expect(sortedIds(await engine().search(index, query('ईंट भट्ठा')))).toEqual(kilns);
    expect(sortedIds(await engine().search(index, query('इँटा भट्टा')))).toEqual(kilns);
    expect(sortedIds(await engine().search(index, query('brick kiln')))).toEqual(kilns);
    expect(sortedIds(await engine().search(index, query('पीएम2.5')))).toEqual(['sensor-hi', 'sensor-si']);
  });
}
