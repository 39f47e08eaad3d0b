import fc from 'fast-check';
import {
  MATCH_WEIGHTS,
  NeedProfile,
  ScoringLabels,
  TechnologyProfile,
  assessMatch,
  costFit,
  rankingScore,
  geography,
  pollutantCoverage,
  sectorFit,
  textRelevance,
  trlFit,
  type TextMatch,
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
  wants: 'cut',
  unitCount: null,
  unitKind: null,
  minTrl: 6,
  ...overrides,
});

const tech = (overrides: Partial<TechnologyProfile> = {}): TechnologyProfile => ({
  id: 't1',
  status: 'published',
  pollutants: ['pm2.5', 'pm10'],
  intentByPollutant: {},
  efficiencyByPollutant: {},
  sectors: ['industry.brick-kilns'],
  trl: 8,
  costMinUsd: 80_000,
  costMaxUsd: 150_000,
  costBasis: null,
  supplyCountries: ['NP'],
  deploymentCountries: ['IN'],
  referenceProjectCountries: [],
  ...overrides,
});

const text = (value: number, matched = ['kiln'], missing: string[] = []): TextMatch => ({
  value,
  matched,
  missing,
});

describe('pollutant coverage', () => {
  it('gives full-ish credit, names both pollutants with the intent verb and says what is short', () => {
    const result = pollutantCoverage(need(), tech(), labels);
    expect(result.value).toBeCloseTo(0.85);
    expect(result.sentence).toBe(
      'Removes PM2.5 and PM10 — both pollutants this need names. Short of full points: no efficiency stated for PM2.5 and PM10.',
    );
  });

  it('rewards a stated efficiency at a discount and says the vendor stated it', () => {
    const stated = pollutantCoverage(
      need(),
      tech({ efficiencyByPollutant: { 'pm2.5': 99, pm10: 99.5 } }),
      labels,
    );
    // 0.6 + 0.4 × (efficiency × 0.9): a vendor's word counts at 90 % of the figure.
    expect(stated.value).toBeCloseTo(0.6 + 0.4 * ((0.99 * 0.9 + 0.995 * 0.9) / 2), 5);
    expect(stated.sentence).toContain(
      'PM2.5 (99% stated by the vendor) and PM10 (99.5% stated by the vendor)',
    );
    expect(stated.sentence).toContain(
      'Short of full points: PM2.5 and PM10 below 100%; PM2.5 and PM10 stated by the vendor, not verified (counted at 90%).',
    );
  });

  it('counts a figure confirmed by expert review at full weight and names who issued the evidence', () => {
    const efficiencyByPollutant = { 'pm2.5': 99.5, pm10: 99 };
    const verified = pollutantCoverage(
      need(),
      tech({
        efficiencyByPollutant,
        verifiedEfficiency: { 'pm2.5': { percent: 99.5, issuer: 'SGS-CSTC', year: 2025 } },
      }),
      labels,
    );
    const stated = pollutantCoverage(need(), tech({ efficiencyByPollutant }), labels);
    expect(verified.value).toBeCloseTo(0.6 + 0.4 * ((0.995 + 0.99 * 0.9) / 2), 5);
    expect(verified.value).toBeGreaterThan(stated.value);
    expect(verified.sentence).toMatch(
      /^Removes PM2\.5 \(99\.5% verified by SGS-CSTC, 2025\) and PM10 \(99% stated by the vendor\) — /,
    );
    expect(verified.sentence).toContain('PM10 stated by the vendor, not verified');
    // A verified figure the vendor has since changed is the vendor's word again.
    const edited = pollutantCoverage(
      need(),
      tech({
        efficiencyByPollutant: { 'pm2.5': 99.9, pm10: 99 },
        verifiedEfficiency: { 'pm2.5': { percent: 99.5, issuer: 'SGS-CSTC', year: 2025 } },
      }),
      labels,
    );
    expect(edited.sentence).toContain('PM2.5 (99.9% stated by the vendor)');
  });

  it('counts a partial cover and names what is missing', () => {
    const result = pollutantCoverage(need({ pollutants: ['pm2.5', 'nox', 'so2'] }), tech(), labels);
    expect(result.value).toBeCloseTo(0.85 / 3);
    expect(result.sentence).toMatch(
      /^Removes PM2.5 — 1 of 3 pollutants this need names \(not NOx and SO2\)\./,
    );
  });

  it('uses each pollutant’s own verb and counts only the intents the need wants', () => {
    const mixed = tech({ intentByPollutant: { 'pm2.5': 'avoids', pm10: 'measures' } });
    expect(pollutantCoverage(need({ wants: 'both' }), mixed, labels).sentence).toMatch(
      /^Avoids PM2.5; Measures PM10 — both pollutants/,
    );
    const cut = pollutantCoverage(need({ wants: 'cut' }), mixed, labels);
    expect(cut.sentence).toMatch(/^Avoids PM2.5 — 1 of 2 pollutants this need names \(not PM10\)/);
    expect(cut.value).toBeCloseTo(0.85 / 2);
  });
});

describe('outlet limits', () => {
  const limited = need({ pollutants: ['pm2.5'], outletLimits: { 'pm2.5': 30 } });

  it('gives full credit to a guarantee within the need’s limit and says so, whatever efficiency is stated', () => {
    const result = pollutantCoverage(
      limited,
      tech({ efficiencyByPollutant: { 'pm2.5': 90 }, outletGuarantees: { 'pm2.5': 10 } }),
      labels,
    );
    expect(result.value).toBe(1);
    expect(result.sentence).toBe(
      "Removes PM2.5 (90% stated by the vendor) — the pollutant this need names. Outlet guaranteed (stated): PM2.5 at most 10 mg/Nm3, within this need's limit of 30 mg/Nm3.",
    );
  });

  it('gives the floor to a guarantee above the limit and names both figures', () => {
    const result = pollutantCoverage(
      limited,
      tech({ efficiencyByPollutant: { 'pm2.5': 99 }, outletGuarantees: { 'pm2.5': 50 } }),
      labels,
    );
    expect(result.value).toBeCloseTo(0.6);
    expect(result.sentence).toContain(
      "Short of full points: PM2.5 outlet guaranteed at 50 mg/Nm3 (stated), above this need's limit of 30 mg/Nm3.",
    );
  });

  it('keeps the efficiency credit without a guarantee and says none is stated against the limit', () => {
    const result = pollutantCoverage(limited, tech({ efficiencyByPollutant: { 'pm2.5': 99 } }), labels);
    // 0.6 + 0.4 × 99 % × 0.9: the stated figure counts at its share, as without a limit.
    expect(result.value).toBeCloseTo(0.9564);
    expect(result.sentence).toContain(
      "no outlet guarantee stated for PM2.5 against this need's limit of 30 mg/Nm3; PM2.5 below 100%; PM2.5 stated by the vendor, not verified (counted at 90%).",
    );
  });

  it('ranks a listing meeting the limit above one that misses it, all else equal', () => {
    const meets = assessMatch(limited, tech({ outletGuarantees: { 'pm2.5': 20 } }), text(0.5), labels);
    const misses = assessMatch(limited, tech({ outletGuarantees: { 'pm2.5': 40 } }), text(0.5), labels);
    expect(!meets.excluded && !misses.excluded && meets.score > misses.score).toBe(true);
    expect(rankingScore(limited, tech({ outletGuarantees: { 'pm2.5': 20 } }), 0.5)).toBe(
      meets.excluded ? null : meets.score,
    );
  });
});

describe('sector fit', () => {
  it('is 1 for the exact sub-sector', () => {
    expect(sectorFit(need(), tech(), labels)).toMatchObject({
      value: 1,
      sentence: 'Designed for Brick kilns, the sector this need names.',
    });
  });

  it('ranks exact > same parent > sibling > none, each with its own sentence', () => {
    const parentOnly = sectorFit(need(), tech({ sectors: ['industry'] }), labels);
    const subOfNamedParent = sectorFit(need({ sectors: ['industry'] }), tech(), labels);
    const sibling = sectorFit(need(), tech({ sectors: ['industry.cement'] }), labels);
    const none = sectorFit(need(), tech({ sectors: ['transport'] }), labels);
    expect([parentOnly.value, subOfNamedParent.value, sibling.value, none.value]).toEqual([0.6, 0.6, 0.3, 0]);
    expect(parentOnly.sentence).toBe(
      'Serves Industry as a whole, the wider sector of Brick kilns that this need names; an exact sector fit would score full.',
    );
    expect(subOfNamedParent.sentence).toContain('Serves Brick kilns, part of Industry');
    expect(sibling.sentence).toContain('a sibling of Brick kilns within Industry');
    expect(none.sentence).toBe('Not designed for Brick kilns (serves transport).');
  });

  it('does not count a parent the listing did not name', () => {
    expect(
      sectorFit(need({ sectors: ['industry'] }), tech({ sectors: ['industry.cement'] }), labels).value,
    ).toBe(0.6);
    expect(sectorFit(need({ sectors: [] }), tech(), labels).value).toBe(0.5);
  });
});

describe('text relevance', () => {
  it('names the shared terms and, when short of full, what is missing', () => {
    expect(textRelevance(text(1, ['zigzag', 'kiln']))).toMatchObject({
      value: 1,
      sentence: 'Shares the terms “zigzag” and “kiln” with the need (text agreement 100%): full points.',
    });
    expect(textRelevance(text(0.5, ['kiln'], ['fan'])).sentence).toContain('e.g. “fan”');
    expect(textRelevance(text(2)).value).toBe(1);
    expect(textRelevance(text(-1)).value).toBe(0);
    expect(textRelevance(text(Number.NaN)).value).toBe(0);
    expect(textRelevance(text(0.4, [])).sentence).toBe(
      'No term of the need’s text occurs in the listing’s text.',
    );
  });
});

describe('TRL fit', () => {
  it('meets the minimum with more credit for more maturity, and says what full takes', () => {
    expect(trlFit(need(), tech({ trl: 6 })).value).toBeCloseTo(0.7);
    expect(trlFit(need(), tech({ trl: 9 })).value).toBeCloseTo(1);
    expect(trlFit(need(), tech({ trl: 8 })).sentence).toBe(
      'TRL 8 meets the minimum 6; TRL 9 would score full.',
    );
    expect(trlFit(need(), tech({ trl: 9 })).sentence).toBe('TRL 9 meets the minimum 6: full points.');
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

  it('multiplies a unit cost by the need’s unit count, and does not compare it without one', () => {
    const bus = tech({ costMinUsd: 400_000, costMaxUsd: 400_000, costBasis: 'per-unit' });
    const fleet = costFit(need({ budgetMaxUsd: 10_000_000, unitCount: 20, unitKind: 'buses' }), bus);
    expect(fleet).toMatchObject({ value: 1 });
    expect(fleet.sentence).toBe(
      'Stated cost USD 400,000 per unit × 20 buses = USD 8,000,000, within the budget of USD 10,000,000.',
    );
    const noCount = costFit(need({ budgetMaxUsd: 10_000_000 }), bus);
    expect(noCount.value).toBe(0.5);
    expect(noCount.sentence).toContain('no unit count');
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

  it('counts reference projects and says where, and what full takes', () => {
    const result = geography(
      need(),
      tech({ supplyCountries: [], deploymentCountries: [], referenceProjectCountries: ['IN'] }),
      labels,
    );
    expect(result.sentence).toBe(
      'Stated as deployed in India, same region as Nepal; a deployment in Nepal would score full.',
    );
  });
});

describe('assessMatch', () => {
  it('excludes unpublished listings, TRL below the minimum, no pollutant in common and the wrong intent', () => {
    expect(assessMatch(need(), tech({ status: 'draft' }), text(1), labels)).toEqual({
      excluded: true,
      reason: 'The listing is not published.',
    });
    expect(assessMatch(need(), tech({ trl: 4 }), text(1), labels)).toMatchObject({
      excluded: true,
      reason: expect.stringMatching(/TRL 4 is below/),
    });
    expect(assessMatch(need(), tech({ pollutants: ['nox'] }), text(1), labels)).toMatchObject({
      excluded: true,
      reason: 'No pollutant in common with the need.',
    });
    const sensor = tech({ intentByPollutant: { 'pm2.5': 'measures', pm10: 'measures' } });
    expect(assessMatch(need({ wants: 'cut' }), sensor, text(1), labels)).toEqual({
      excluded: true,
      reason: 'Measures PM2.5 and PM10 only; this need wants emissions cut.',
    });
    expect(assessMatch(need({ wants: 'measure' }), tech(), text(1), labels)).toEqual({
      excluded: true,
      reason: 'Removes PM2.5 and PM10 only; this need wants the pollutants measured.',
    });
    expect(assessMatch(need({ wants: 'both' }), sensor, text(1), labels)).toMatchObject({ excluded: false });
  });

  it('sums weighted components into a 0-100 score with one sentence each', () => {
    const result = assessMatch(need(), tech(), text(0.8), labels);
    if (result.excluded) throw new Error('unexpectedly excluded');
    expect(result.components.map((c) => c.name).sort()).toEqual(Object.keys(MATCH_WEIGHTS).sort());
    const sum = result.components.reduce((total, c) => total + c.points, 0);
    expect(result.score).toBeCloseTo(sum, 5);
    for (const component of result.components) {
      expect(component.sentence.length).toBeGreaterThan(10);
      expect(component.points).toBeLessThanOrEqual(component.weight);
    }
  });

  it('a perfect candidate scores 100, and only with its figures verified', () => {
    const perfect = tech({
      efficiencyByPollutant: { 'pm2.5': 100, pm10: 100 },
      verifiedEfficiency: {
        'pm2.5': { percent: 100, issuer: 'Lab', year: 2025 },
        pm10: { percent: 100, issuer: 'Lab', year: 2025 },
      },
      trl: 9,
      deploymentCountries: ['NP'],
    });
    expect(assessMatch(need(), perfect, text(1), labels)).toMatchObject({ excluded: false, score: 100 });
    const stated = assessMatch(need(), { ...perfect, verifiedEfficiency: {} }, text(1), labels);
    // 35 points × 0.4 × 0.1 of the efficiency part: 1.4 points less on the vendor's word alone.
    expect(stated).toMatchObject({ excluded: false, score: 98.6 });
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
    wants: fc.constantFrom('measure' as const, 'cut' as const, 'both' as const),
    unitCount: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }),
    unitKind: fc.constantFrom(null, 'households'),
    minTrl: fc.option(fc.integer({ min: 1, max: 9 }), { nil: null }),
    outletLimits: fc.dictionary(pollutant, fc.integer({ min: 1, max: 200 })),
    site: fc.record({
      fuels: fc.uniqueArray(fc.constantFrom('high-sulphur-coal', 'natural-gas', 'biomass'), { maxLength: 2 }),
      gridPower: fc.constantFrom(null, true, false),
      waterSupply: fc.constantFrom(null, true, false),
    }),
    flowNm3h: fc.option(fc.integer({ min: 100, max: 100_000 }), { nil: null }),
    areaKm2: fc.option(fc.double({ min: 0.5, max: 500, noNaN: true }), { nil: null }),
    areaPopulation: fc.option(fc.integer({ min: 1, max: 5_000_000 }), { nil: null }),
  });
  const techArb = fc.record({
    id: fc.constant('t'),
    status: fc.constant('published'),
    pollutants: fc.uniqueArray(pollutant, { maxLength: 5 }),
    intentByPollutant: fc.dictionary(
      pollutant,
      fc.constantFrom('measures' as const, 'removes' as const, 'avoids' as const, 'manages' as const),
    ),
    efficiencyByPollutant: fc.dictionary(pollutant, fc.double({ min: 0, max: 100, noNaN: true })),
    sectors: fc.uniqueArray(sector, { maxLength: 3 }),
    trl: fc.integer({ min: 1, max: 9 }),
    costMinUsd: money,
    costMaxUsd: money,
    costBasis: fc.constantFrom(
      null,
      'per-unit' as const,
      'per-installation' as const,
      'per-project' as const,
      'per-km2' as const,
      'per-resident' as const,
    ),
    prerequisites: fc.uniqueArray(
      fc.constantFrom('low-sulphur-fuel', 'gas-supply', 'grid-power', 'water-supply'),
      { maxLength: 2 },
    ),
    flowMinNm3h: fc.option(fc.integer({ min: 100, max: 5_000 }), { nil: null }),
    flowMaxNm3h: fc.option(fc.integer({ min: 5_000, max: 100_000 }), { nil: null }),
    unitsPerInstallation: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
    capacityUnitKind: fc.constantFrom(null, 'households'),
    supplyCountries: fc.uniqueArray(country, { maxLength: 3 }),
    deploymentCountries: fc.uniqueArray(country, { maxLength: 3 }),
    referenceProjectCountries: fc.uniqueArray(country, { maxLength: 2 }),
    outletGuarantees: fc.dictionary(pollutant, fc.integer({ min: 1, max: 200 })),
  });
  const relevance = fc
    .double({ min: 0, max: 1, noNaN: true })
    .map((value): TextMatch => ({ value, matched: ['kiln'], missing: [] }));

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

  it('ranks by the very score assessMatch gives, and excludes the same pairs, without a sentence', () => {
    fc.assert(
      fc.property(
        needArb,
        techArb,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.constantFrom('published', 'draft'),
        (n, t, agreement, status) => {
          const tech = { ...t, status };
          const text: TextMatch = { value: agreement, matched: agreement > 0 ? ['kiln'] : [], missing: [] };
          const assessed = assessMatch(n, tech, text, labels);
          const ranked = rankingScore(n, tech, agreement);
          return assessed.excluded ? ranked === null : ranked === assessed.score;
        },
      ),
      { numRuns: 5000 },
    );
  });
});
