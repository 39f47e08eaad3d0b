import fc from 'fast-check';
import {
  MATCH_WEIGHTS,
  NeedProfile,
  ScoringLabels,
  TechnologyProfile,
  assessMatch,
  costFit,
  geography,
  pollutantCoverage,
  sectorFit,
  textRelevance,
  trlFit,
} from '@3ipet/matching';

const labels: ScoringLabels = {
  pollutant: (id) => ({ 'pm2.5': 'PM2.5', pm10: 'PM10', nox: 'NOx', so2: 'SO2' })[id] ?? id,
  sector: (id) =>
    ({ industry: 'Industry', 'industry.brick-kilns': 'Brick kilns', 'industry.cement': 'Cement' })[id] ?? id,
  country: (code) =>
    ({ NP: 'Nepal', IN: 'India', CN: 'China', DE: 'Germany', LK: 'Sri Lanka' })[code] ?? code,
};

const need = (overrides: Partial<NeedProfile> = {}): NeedProfile => ({
  id: 'n1',
  pollutants: ['pm2.5', 'pm10'],
  sectors: ['industry.brick-kilns'],
  country: 'NP',
  budgetMinUsd: 50_000,
  budgetMaxUsd: 200_000,
  minTrl: 6,
  ...overrides,
});

const tech = (overrides: Partial<TechnologyProfile> = {}): TechnologyProfile => ({
  id: 't1',
  status: 'published',
  pollutants: ['pm2.5', 'pm10'],
  efficiencyByPollutant: {},
  sectors: ['industry', 'industry.brick-kilns'],
  trl: 8,
  costMinUsd: 80_000,
  costMaxUsd: 150_000,
  supplyCountries: ['NP'],
  deploymentCountries: ['IN'],
  referenceProjectCountries: [],
  ...overrides,
});

describe('pollutant coverage', () => {
  it('gives full-ish credit and names both pollutants when all are covered', () => {
    const result = pollutantCoverage(need(), tech(), labels);
    expect(result.value).toBeCloseTo(0.85);
    expect(result.sentence).toBe('Removes PM2.5 and PM10 — both pollutants this need names.');
  });
  it('rewards a stated efficiency', () => {
    const stated = pollutantCoverage(
      need(),
      tech({ efficiencyByPollutant: { 'pm2.5': 99, pm10: 99.5 } }),
      labels,
    );
    expect(stated.value).toBeGreaterThan(0.99);
    expect(stated.sentence).toContain('PM2.5 (99% stated)');
  });
  it('counts a partial cover and names what is missing', () => {
    const result = pollutantCoverage(need({ pollutants: ['pm2.5', 'nox', 'so2'] }), tech(), labels);
    expect(result.value).toBeCloseTo(0.85 / 3);
    expect(result.sentence).toBe('Removes PM2.5 — 1 of 3 pollutants this need names (not NOx and SO2).');
  });
});

describe('sector fit', () => {
  it('is 1 for the exact sub-sector', () => {
    expect(sectorFit(need(), tech(), labels)).toMatchObject({
      value: 1,
      sentence: expect.stringContaining('Brick kilns'),
    });
  });
  it('gives partial credit for the parent sector only', () => {
    expect(sectorFit(need(), tech({ sectors: ['industry'] }), labels).value).toBe(0.6);
  });
  it('gives partial credit when the need names a sector and the technology one of its sub-sectors', () => {
    expect(
      sectorFit(need({ sectors: ['industry'] }), tech({ sectors: ['industry.cement'] }), labels).value,
    ).toBe(0.8);
  });
  it('is 0 for another sector and neutral when the need names none', () => {
    expect(sectorFit(need(), tech({ sectors: ['transport'] }), labels).value).toBe(0);
    expect(sectorFit(need({ sectors: [] }), tech(), labels).value).toBe(0.5);
  });
});

describe('text relevance', () => {
  it('clamps and describes the strength', () => {
    expect(textRelevance(0.9)).toMatchObject({
      value: 0.9,
      sentence: 'Strong text match between the need and the listing.',
    });
    expect(textRelevance(2).value).toBe(1);
    expect(textRelevance(-1).value).toBe(0);
    expect(textRelevance(Number.NaN).value).toBe(0);
  });
});

describe('TRL fit', () => {
  it('meets the minimum with more credit for more maturity', () => {
    expect(trlFit(need(), tech({ trl: 6 })).value).toBeCloseTo(0.7);
    expect(trlFit(need(), tech({ trl: 9 })).value).toBeCloseTo(1);
    expect(trlFit(need(), tech({ trl: 8 })).sentence).toBe('TRL 8 meets the minimum of 6.');
  });
  it('scales by TRL when the need sets no minimum', () => {
    expect(trlFit(need({ minTrl: null }), tech({ trl: 9 })).value).toBe(1);
  });
});

describe('cost fit', () => {
  it('is 1 within budget, 0.7 when only the lower end fits, less the further above', () => {
    expect(costFit(need(), tech()).value).toBe(1);
    expect(costFit(need(), tech({ costMinUsd: 150_000, costMaxUsd: 300_000 })).value).toBe(0.7);
    const above = costFit(need(), tech({ costMinUsd: 300_000, costMaxUsd: 400_000 }));
    expect(above.value).toBeCloseTo(0.25);
    expect(above.sentence).toContain('50% above the budget of USD 200,000');
    expect(costFit(need(), tech({ costMinUsd: 220_000, costMaxUsd: null })).value).toBeCloseTo(0.45);
  });
  it('is neutral when cost or budget is unknown', () => {
    expect(costFit(need({ budgetMaxUsd: null }), tech()).value).toBe(0.5);
    expect(costFit(need(), tech({ costMinUsd: null, costMaxUsd: null })).value).toBe(0.5);
  });
});

describe('geography', () => {
  it('ranks deployed here > supplied here > deployed in the region > supplied in the region > elsewhere', () => {
    const values = [
      geography(need(), tech({ deploymentCountries: ['NP'] }), labels),
      geography(need(), tech({ supplyCountries: ['NP'], deploymentCountries: [] }), labels),
      geography(need(), tech({ supplyCountries: [], deploymentCountries: ['IN'] }), labels),
      geography(need(), tech({ supplyCountries: ['LK'], deploymentCountries: [] }), labels),
      geography(need(), tech({ supplyCountries: ['DE'], deploymentCountries: ['CN'] }), labels),
    ].map((result) => result.value);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(new Set(values).size).toBe(5);
  });
  it('counts reference projects and says where', () => {
    const result = geography(
      need(),
      tech({ supplyCountries: [], deploymentCountries: [], referenceProjectCountries: ['IN'] }),
      labels,
    );
    expect(result.sentence).toBe('Deployed in India, same region as Nepal.');
  });
});

describe('assessMatch', () => {
  it('excludes unpublished listings, TRL below the minimum and no pollutant in common', () => {
    expect(assessMatch(need(), tech({ status: 'draft' }), 1, labels)).toEqual({
      excluded: true,
      reason: 'The listing is not published.',
    });
    expect(assessMatch(need(), tech({ trl: 4 }), 1, labels)).toMatchObject({
      excluded: true,
      reason: expect.stringMatching(/TRL 4 is below/),
    });
    expect(assessMatch(need(), tech({ pollutants: ['nox'] }), 1, labels)).toMatchObject({
      excluded: true,
      reason: 'No pollutant in common with the need.',
    });
  });
  it('sums weighted components into a 0-100 score with one sentence each', () => {
    const result = assessMatch(need(), tech(), 0.8, labels);
    if (result.excluded) throw new Error('unexpectedly excluded');
    expect(result.components.map((c) => c.name).sort()).toEqual(Object.keys(MATCH_WEIGHTS).sort());
    const sum = result.components.reduce((total, c) => total + c.points, 0);
    expect(result.score).toBeCloseTo(sum, 5);
    for (const component of result.components) {
      expect(component.sentence.length).toBeGreaterThan(10);
      expect(component.points).toBeLessThanOrEqual(component.weight);
    }
  });
  it('a perfect candidate scores 100', () => {
    const perfect = tech({
      efficiencyByPollutant: { 'pm2.5': 100, pm10: 100 },
      trl: 9,
      deploymentCountries: ['NP'],
    });
    expect(assessMatch(need(), perfect, 1, labels)).toMatchObject({ excluded: false, score: 100 });
  });
});

describe('score properties', () => {
  const pollutant = fc.constantFrom('pm2.5', 'pm10', 'nox', 'so2', 'vocs', 'black-carbon');
  const country = fc.constantFrom('NP', 'IN', 'LK', 'CN', 'DE', 'BR', 'XX');
  const sector = fc.constantFrom('industry', 'industry.brick-kilns', 'industry.cement', 'transport', 'power');
  const money = fc.option(fc.integer({ min: 0, max: 5_000_000 }), { nil: null });
  const needArb = fc.record({
    id: fc.constant('n'),
    pollutants: fc.uniqueArray(pollutant, { minLength: 1, maxLength: 4 }),
    sectors: fc.uniqueArray(sector, { maxLength: 3 }),
    country,
    budgetMinUsd: money,
    budgetMaxUsd: money,
    minTrl: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
  });
  const techArb = fc.record({
    id: fc.constant('t'),
    status: fc.constant('published'),
    pollutants: fc.uniqueArray(pollutant, { maxLength: 5 }),
    efficiencyByPollutant: fc.dictionary(pollutant, fc.double({ min: 0, max: 100, noNaN: true })),
    sectors: fc.uniqueArray(sector, { maxLength: 3 }),
    trl: fc.integer({ min: 1, max: 9 }),
    costMinUsd: money,
    costMaxUsd: money,
    supplyCountries: fc.uniqueArray(country, { maxLength: 3 }),
    deploymentCountries: fc.uniqueArray(country, { maxLength: 3 }),
    referenceProjectCountries: fc.uniqueArray(country, { maxLength: 2 }),
  });
  const relevance = fc.double({ min: 0, max: 1, noNaN: true });

  it('is bounded 0-100', () => {
    fc.assert(
      fc.property(needArb, techArb, relevance, (n, t, r) => {
        const result = assessMatch(n, t, r, labels);
        return result.excluded || (result.score >= 0 && result.score <= 100);
      }),
      { numRuns: 2000 },
    );
  });

  it('never drops when the technology adds a pollutant the need names', () => {
    fc.assert(
      fc.property(needArb, techArb, relevance, fc.nat(), (n, t, r, pick) => {
        const added = n.pollutants[pick % n.pollutants.length];
        const before = assessMatch(n, t, r, labels);
        const after = assessMatch(n, { ...t, pollutants: [...new Set([...t.pollutants, added])] }, r, labels);
        if (after.excluded) return before.excluded;
        return before.excluded || after.score >= before.score;
      }),
      { numRuns: 2000 },
    );
  });
});
