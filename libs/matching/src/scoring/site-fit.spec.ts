import {
  NeedProfile,
  ScoringLabels,
  TechnologyProfile,
  assessMatch,
  costFit,
  rankingScore,
  type TextMatch,
} from '@3ipet/matching';

const labels: ScoringLabels = {
  pollutant: (id) => ({ 'pm2.5': 'PM2.5', so2: 'SO2', nox: 'NOx' })[id] ?? id,
  sector: (id) => id,
  country: (code) => code,
};

const need = (overrides: Partial<NeedProfile> = {}): NeedProfile => ({
  id: 'n1',
  pollutants: ['pm2.5', 'nox'],
  sectors: ['industry.boilers'],
  country: 'NP',
  budgetMinUsd: null,
  budgetMaxUsd: 1_000_000,
  wants: 'cut',
  unitCount: null,
  unitKind: null,
  minTrl: null,
  ...overrides,
});

const tech = (overrides: Partial<TechnologyProfile> = {}): TechnologyProfile => ({
  id: 't1',
  status: 'published',
  pollutants: ['pm2.5', 'nox'],
  intentByPollutant: {},
  efficiencyByPollutant: {},
  sectors: ['industry.boilers'],
  trl: 8,
  costMinUsd: 100_000,
  costMaxUsd: 200_000,
  costBasis: null,
  supplyCountries: ['NP'],
  deploymentCountries: [],
  referenceProjectCountries: [],
  ...overrides,
});

const text: TextMatch = { value: 0.5, matched: ['boiler'], missing: [] };

/** The pair is excluded, `rankingScore` agrees, and the reason is exactly this sentence. */
function expectExcluded(n: NeedProfile, t: TechnologyProfile, reason: string) {
  expect(assessMatch(n, t, text, labels)).toEqual({ excluded: true, reason });
  expect(rankingScore(n, t, text.value)).toBeNull();
}

function expectScored(n: NeedProfile, t: TechnologyProfile) {
  const assessed = assessMatch(n, t, text, labels);
  expect(assessed.excluded).toBe(false);
  expect(rankingScore(n, t, text.value)).toBe(assessed.excluded ? null : assessed.score);
}

describe('prerequisites against the need’s site', () => {
  const scr = tech({ prerequisites: ['low-sulphur-fuel'] });

  it('does not propose a listing that needs a fuel the site lacks, naming the prerequisite and the fuel', () => {
    expectExcluded(
      need({ site: { fuels: ['high-sulphur-coal'], gridPower: null, waterSupply: null } }),
      scr,
      'Needs low-sulphur fuel; the need has only high-sulphur coal.',
    );
    expectExcluded(
      need({ site: { fuels: ['high-sulphur-coal', 'heavy-fuel-oil'], gridPower: true, waterSupply: true } }),
      tech({ prerequisites: ['gas-supply'] }),
      'Needs natural gas or LPG supply; the need has only high-sulphur coal and heavy fuel oil.',
    );
  });

  it('proposes it when one of the site’s fuels meets the prerequisite, or when the need names no fuel', () => {
    expectScored(
      need({ site: { fuels: ['high-sulphur-coal', 'lpg'], gridPower: null, waterSupply: null } }),
      scr,
    );
    expectScored(need({ site: { fuels: [], gridPower: null, waterSupply: null } }), scr);
    expectScored(need(), scr);
  });

  it('reads grid power and water supply as the need states them: only a stated “no” rules a listing out', () => {
    const wet = tech({ prerequisites: ['grid-power', 'water-supply'] });
    expectExcluded(
      need({ site: { fuels: [], gridPower: false, waterSupply: true } }),
      wet,
      'Needs grid power; the need states its site has no grid power.',
    );
    expectExcluded(
      need({ site: { fuels: [], gridPower: true, waterSupply: false } }),
      wet,
      'Needs water supply; the need states its site has no water supply.',
    );
    expectScored(need({ site: { fuels: [], gridPower: true, waterSupply: null } }), wet);
  });
});

describe('flue-gas flow against the capacity of one installation', () => {
  const filter = tech({ flowMinNm3h: 2_000, flowMaxNm3h: 40_000 });

  it('does not propose a listing whose range the need’s flow is outside, naming both figures', () => {
    expectExcluded(
      need({ flowNm3h: 60_000 }),
      filter,
      "One installation handles 2,000 Nm3/h to 40,000 Nm3/h of flue gas; the need's flow of 60,000 Nm3/h is above that range.",
    );
    expectExcluded(
      need({ flowNm3h: 500 }),
      tech({ flowMinNm3h: 2_000 }),
      "One installation handles at least 2,000 Nm3/h of flue gas; the need's flow of 500 Nm3/h is below that range.",
    );
  });

  it('proposes it within the range, at its edges, or when either side states no flow', () => {
    expectScored(need({ flowNm3h: 40_000 }), filter);
    expectScored(need({ flowNm3h: 2_000 }), filter);
    expectScored(need(), filter);
    expectScored(need({ flowNm3h: 60_000 }), tech());
  });
});

describe('cost fit by the scale of a city area and the capacity of an installation', () => {
  it('multiplies a per-km² cost by the area and names it; without an area it is not compared', () => {
    const network = tech({ costMinUsd: 20_000, costMaxUsd: 30_000, costBasis: 'per-km2' });
    const city = need({ budgetMaxUsd: 300_000, areaName: 'Lalitpur', areaKm2: 15 });
    expect(costFit(city, network)).toEqual({
      name: 'costFit',
      value: 0.7,
      sentence:
        'Stated cost USD 20,000–USD 30,000 per km² × 15 km² (Lalitpur) = USD 300,000–USD 450,000; only the lower end fits the budget of USD 300,000 (all within it would score full).',
    });
    expect(costFit(need({ budgetMaxUsd: 300_000 }), network)).toEqual({
      name: 'costFit',
      value: 0.5,
      sentence:
        'Stated cost USD 20,000–USD 30,000 per km²; the need gives no area in km² to multiply it by, so it is not compared with the budget; half points.',
    });
  });

  it('multiplies a per-resident cost by the population of the area', () => {
    const result = costFit(
      need({ budgetMaxUsd: 100_000, areaName: 'Ward 7', areaPopulation: 40_000 }),
      tech({ costMinUsd: 2, costMaxUsd: 2, costBasis: 'per-resident' }),
    );
    expect(result.value).toBe(1);
    expect(result.sentence).toBe(
      'Stated cost USD 2 per resident × 40,000 residents (Ward 7) = USD 80,000, within the budget of USD 100,000.',
    );
  });

  it('counts installations by what one serves, rounded up, when it is stated in the need’s unit', () => {
    const biogas = tech({
      costMinUsd: 50_000,
      costMaxUsd: 50_000,
      costBasis: 'per-installation',
      unitsPerInstallation: 200,
      capacityUnitKind: 'households',
    });
    const villages = need({ budgetMaxUsd: 1_000_000, unitCount: 5_100, unitKind: 'households' });
    const result = costFit(villages, biogas);
    // ⌈5,100 ÷ 200⌉ = 26 installations × USD 50,000 = USD 1,300,000: 30 % above the budget.
    expect(result.value).toBeCloseTo(0.5 * (1 - 0.3), 10);
    expect(result.sentence).toBe(
      'Stated cost USD 50,000 per installation × 26 installations (200 households each, for 5,100 households) = USD 1,300,000, 30% above the budget of USD 1,000,000 (within it would score full).',
    );
    // Counted in another unit, the capacity says nothing about this need: one installation per unit.
    const kilns = costFit(need({ budgetMaxUsd: 1_000_000, unitCount: 10, unitKind: 'kilns' }), biogas);
    expect(kilns.sentence).toBe(
      'Stated cost USD 50,000 per installation × 10 kilns = USD 500,000, within the budget of USD 1,000,000.',
    );
  });
});
