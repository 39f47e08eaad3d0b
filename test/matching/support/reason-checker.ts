import { TAXONOMY, Technology, categoryById, parentSectorOf } from '@3ipet/catalog';
import { COUNTRIES, INTENT_VERBS, type ListingIntent, intentServes } from '@3ipet/common';
import { MATCHING_VOCABULARY, MATCH_WEIGHTS, regionOf, termsOf } from '@3ipet/matching';
import type { Need } from '@3ipet/needs';

export interface StoredComponent {
  name: keyof typeof MATCH_WEIGHTS;
  value: number;
  weight: number;
  points: number;
  sentence: string;
}

/**
 * Reads every claim of a proposal's reasons and checks it against the listing and the need as stored,
 * without the scoring code: returns what is false (empty when every claim holds).
 */
export function falseClaims(need: Need, tech: Technology, components: StoredComponent[]): string[] {
  const problems: string[] = [];
  const fail = (component: StoredComponent, why: string) =>
    problems.push(`${component.name}: ${why} — “${component.sentence}”`);
  for (const component of components) {
    const expectedPoints = Math.round(component.value * component.weight * 10) / 10;
    if (Math.abs(component.points - expectedPoints) > 0.051) fail(component, `points ${component.points}`);
    const check = CHECKS[component.name];
    for (const why of check(need, tech, component)) fail(component, why);
  }
  return problems;
}

type Check = (need: Need, tech: Technology, c: StoredComponent) => string[];

const POLLUTANT_ID = new Map(TAXONOMY.pollutants.map((p) => [p.label, p.id]));
const SECTOR_ID = new Map(
  TAXONOMY.sectors.flatMap((s) => [
    [s.label, s.id] as const,
    ...s.subSectors.map((x) => [x.label, x.id] as const),
  ]),
);
const COUNTRY_ID = new Map(COUNTRIES.map((c) => [c.name, c.id]));
const VERB_INTENT = new Map(
  Object.entries(INTENT_VERBS).map(([intent, verb]) => [verb, intent as ListingIntent]),
);

/** "A, B and C" → [A, B, C] */
const items = (text: string) =>
  text
    .split(/, | and /)
    .map((item) => item.trim())
    .filter((item) => item !== '');

/** Pollutant labels may hold " and " ("O3 and precursors"): read the longest known label at each place. */
const LABELS_LONGEST_FIRST = [...POLLUTANT_ID.keys()].sort((a, b) => b.length - a.length);
interface NamedPollutant {
  label: string;
  percent?: number;
  /** Who the reason says verified the figure, and the year; absent: "stated by the vendor". */
  verifiedBy?: { issuer: string; year: number };
}
function pollutantsIn(text: string): NamedPollutant[] {
  const found: NamedPollutant[] = [];
  let rest = text;
  while (rest.length > 0) {
    const label = LABELS_LONGEST_FIRST.find((candidate) => rest.startsWith(candidate));
    if (!label) return [...found, { label: rest }];
    rest = rest.slice(label.length);
    const figure = /^ \((\d+(?:\.\d+)?)% (?:stated by the vendor|verified by (.+?), (\d{4}))\)/.exec(rest);
    if (figure) rest = rest.slice(figure[0].length);
    found.push({
      label,
      ...(figure ? { percent: Number(figure[1]) } : {}),
      ...(figure?.[2] ? { verifiedBy: { issuer: figure[2], year: Number(figure[3]) } } : {}),
    });
    rest = rest.replace(/^(, | and )/, '');
  }
  return found;
}

/** Whether the listing holds a confirmed removal-efficiency claim as the reason names it. */
const holdsVerified = (
  tech: Technology,
  pollutant: string,
  percent: number,
  by: { issuer: string; year: number },
) =>
  (tech.verifiedClaims ?? []).some(
    (claim) =>
      claim.kind === 'removal-efficiency' &&
      claim.pollutant === pollutant &&
      claim.value === percent &&
      (claim.issuer ?? 'expert review') === by.issuer &&
      Number((claim.testedOn ?? claim.verifiedAt).slice(0, 4)) === by.year,
  );

/** The issuer and year of a confirmed removal-efficiency claim, as a reason would name them. */
const verifiedOf = (tech: Technology, pollutant: string) => {
  const claim = (tech.verifiedClaims ?? []).find(
    (c) => c.kind === 'removal-efficiency' && c.pollutant === pollutant,
  );
  return {
    issuer: claim?.issuer ?? 'expert review',
    year: claim ? Number((claim.testedOn ?? claim.verifiedAt).slice(0, 4)) : 0,
  };
};

const intentOf = (tech: Technology, pollutant: string) =>
  tech.intents.find((entry) => entry.pollutant === pollutant)?.intent;

const pollutantCoverage: Check = (need, tech, c) => {
  const errors: string[] = [];
  const head = c.sentence.split(' — ')[0];
  if (c.sentence.startsWith('Serves none')) {
    return need.pollutants.some(
      (p) => tech.pollutants.includes(p) && intentServes(intentOf(tech, p)!, need.wants),
    )
      ? ['says none is served, yet one is']
      : [];
  }
  const served: string[] = [];
  for (const group of head.split('; ')) {
    const verb = group.split(' ')[0];
    const intent = VERB_INTENT.get(verb);
    if (!intent) {
      errors.push(`unknown verb ${verb}`);
      continue;
    }
    for (const { label, percent, verifiedBy } of pollutantsIn(group.slice(verb.length + 1))) {
      const id = POLLUTANT_ID.get(label);
      if (!id) {
        errors.push(`unknown pollutant ${label}`);
        continue;
      }
      served.push(id);
      if (!need.pollutants.includes(id)) errors.push(`${label} is not named by the need`);
      if (!tech.pollutants.includes(id)) errors.push(`${label} is not covered by the listing`);
      if (intentOf(tech, id) !== intent) errors.push(`the listing does not say it ${verb} ${label}`);
      if (!intentServes(intent, need.wants))
        errors.push(`${verb} is not what a need wanting ${need.wants} takes`);
      const stated = tech.removalEfficiency.find((e) => e.pollutant === id)?.percent;
      if (percent !== undefined && percent !== stated) errors.push(`${label} efficiency ${percent}%`);
      if (percent !== undefined && verifiedBy && !holdsVerified(tech, id, percent, verifiedBy))
        errors.push(`${label} not verified by ${verifiedBy.issuer}, ${verifiedBy.year}`);
      if (percent !== undefined && !verifiedBy && holdsVerified(tech, id, percent, verifiedOf(tech, id)))
        errors.push(`${label} is verified, said stated`);
    }
  }
  const wanted = [...new Set(need.pollutants)];
  const share = /(\d+) of (\d+) pollutants/.exec(c.sentence);
  if (share && (Number(share[1]) !== served.length || Number(share[2]) !== wanted.length))
    errors.push('wrong count');
  if (!share && served.length !== wanted.length) errors.push('claims every pollutant');
  const missing = /\(not (.+?)\)\./.exec(c.sentence);
  for (const { label } of missing ? pollutantsIn(missing[1]) : []) {
    const id = POLLUTANT_ID.get(label);
    if (!id || served.includes(id) || !wanted.includes(id)) errors.push(`${label} listed as missing`);
  }
  if (c.value < 1 && !c.sentence.includes('Short of full points'))
    errors.push('partial points, nothing said');
  return errors;
};

const sectorFit: Check = (need, tech, c) => {
  const s = c.sentence;
  const has = (list: string[], label: string) => list.includes(SECTOR_ID.get(label) ?? `?${label}`);
  const id = (label: string) => SECTOR_ID.get(label) ?? `?${label}`;
  let m: RegExpExecArray | null;
  if ((m = /^Designed for (.+), the sector this need names\.$/.exec(s)))
    return has(tech.sectors, m[1]) && has(need.sectors, m[1]) && c.value === 1 ? [] : ['exact fit untrue'];
  if ((m = /^Serves (.+) as a whole, the wider sector of (.+) that this need names;/.exec(s)))
    return has(tech.sectors, m[1]) &&
      has(need.sectors, m[2]) &&
      parentSectorOf(id(m[2])) === id(m[1]) &&
      c.value < 1
      ? []
      : ['parent fit untrue'];
  if ((m = /^Serves (.+), part of (.+) that this need names;/.exec(s)))
    return has(tech.sectors, m[1]) &&
      has(need.sectors, m[2]) &&
      parentSectorOf(id(m[1])) === id(m[2]) &&
      c.value < 1
      ? []
      : ['sub-sector fit untrue'];
  if ((m = /^Serves (.+), a sibling of (.+) within (.+);/.exec(s)))
    return has(tech.sectors, m[1]) &&
      has(need.sectors, m[2]) &&
      parentSectorOf(id(m[1])) === id(m[3]) &&
      parentSectorOf(id(m[2])) === id(m[3]) &&
      c.value < 1
      ? []
      : ['sibling fit untrue'];
  if (/^Not designed for /.test(s)) {
    const related = need.sectors.some((n) =>
      tech.sectors.some(
        (t) =>
          n === t ||
          parentSectorOf(t) === n ||
          parentSectorOf(n) === t ||
          (parentSectorOf(n) !== undefined && parentSectorOf(n) === parentSectorOf(t)),
      ),
    );
    return related || c.value !== 0 ? ['says no fit, yet the sectors are related'] : [];
  }
  if (/^The need names no source sector/.test(s))
    return need.sectors.length === 0 ? [] : ['the need names sectors'];
  return ['unreadable'];
};

const textRelevance: Check = (need, tech, c) => {
  const needTerms = new Set(termsOf(`${need.title} ${need.description}`, MATCHING_VOCABULARY));
  const labels = [tech.category, ...tech.categories].map((id) => categoryById(id)?.label ?? '').join(' ');
  const techTerms = new Set(
    termsOf(`${tech.title} ${tech.summary} ${labels} ${tech.description}`, MATCHING_VOCABULARY),
  );
  if (c.sentence.startsWith('No term')) {
    return c.value === 0 ? [] : ['no term named, yet points given'];
  }
  const errors: string[] = [];
  const shared = /^Shares the terms (.+) with the need \(text agreement (\d+)%\)/.exec(c.sentence);
  if (!shared) return ['unreadable'];
  for (const term of [...shared[1].matchAll(/“([^”]+)”/g)].map((m) => m[1])) {
    if (!needTerms.has(term)) errors.push(`“${term}” is not in the need`);
    if (!techTerms.has(term)) errors.push(`“${term}” is not in the listing`);
  }
  if (Number(shared[2]) !== Math.round(c.value * 100)) errors.push('agreement figure');
  const missing = /e\.g\. (.+)\.$/.exec(c.sentence);
  for (const term of missing ? [...missing[1].matchAll(/“([^”]+)”/g)].map((m) => m[1]) : []) {
    if (!needTerms.has(term) || techTerms.has(term)) errors.push(`“${term}” is not missing`);
  }
  if (c.value < 1 && !c.sentence.includes('full points need')) errors.push('partial points, nothing said');
  return errors;
};

const geography: Check = (need, tech, c) => {
  const deployed = new Set([...tech.deploymentCountries, ...tech.referenceProjects.map((p) => p.country)]);
  const country = need.country;
  const s = c.sentence;
  let m: RegExpExecArray | null;
  if ((m = /^Stated as deployed in (.+), same region as (.+);/.exec(s)))
    return items(m[1]).every((name) => {
      const id = COUNTRY_ID.get(name);
      return id !== undefined && deployed.has(id) && regionOf(id) === regionOf(country);
    }) && !deployed.has(country)
      ? []
      : ['regional deployment claim'];
  if ((m = /^Stated as deployed in (.+)\.$/.exec(s)))
    return COUNTRY_ID.get(m[1]) === country && deployed.has(country) ? [] : ['not deployed there'];
  if ((m = /^Stated as supplied to (.+), not yet deployed there;/.exec(s)))
    return COUNTRY_ID.get(m[1]) === country &&
      tech.supplyCountries.includes(country) &&
      !deployed.has(country)
      ? []
      : ['supply claim'];
  if ((m = /^Stated as supplied in (.+), the region of (.+), not to/.exec(s)))
    return regionOf(country) === m[1] &&
      tech.supplyCountries.some((id) => regionOf(id) === m![1]) &&
      !tech.supplyCountries.includes(country)
      ? []
      : ['regional supply claim'];
  if (/^Not stated as deployed or supplied in /.test(s))
    return [...deployed, ...tech.supplyCountries].some((id) => id === country) ? ['it is there'] : [];
  return ['unreadable'];
};

const trlFit: Check = (need, tech, c) => {
  const m = /^TRL (\d)(?: meets the minimum (\d)| is below the minimum (\d)|; the need sets no minimum)/.exec(
    c.sentence,
  );
  if (!m) return ['unreadable'];
  const errors: string[] = [];
  if (Number(m[1]) !== tech.trl) errors.push('wrong TRL');
  const min = m[2] ?? m[3];
  if (min === undefined ? need.minTrl !== null : Number(min) !== need.minTrl) errors.push('wrong minimum');
  if (m[2] !== undefined && tech.trl < need.minTrl!) errors.push('does not meet it');
  if (c.value < 1 && !c.sentence.includes('TRL 9 would score full'))
    errors.push('partial points, nothing said');
  if (c.sentence.includes('full points') !== c.value >= 1) errors.push('full points claim');
  return errors;
};

const usd = (text: string) => Number(text.replace(/,/g, ''));

const costFit: Check = (need, tech, c) => {
  const s = c.sentence;
  const low = tech.capitalCostMinUsd ?? tech.capitalCostMaxUsd;
  const high = tech.capitalCostMaxUsd ?? low;
  if (s.startsWith('No cost stated')) return low === null ? [] : ['a cost is stated'];
  const m =
    /^Stated cost USD ([\d,]+)(?:–USD ([\d,]+))?( per unit| per installation| a year| per project| per km²| per resident)?/.exec(
      s,
    );
  if (!m) return ['unreadable'];
  const errors: string[] = [];
  if (usd(m[1]) !== low || usd(m[2] ?? m[1]) !== high) errors.push('wrong cost');
  const basis = {
    ' per unit': 'per-unit',
    ' per installation': 'per-installation',
    ' a year': 'per-year',
    ' per project': 'per-project',
    ' per km²': 'per-km2',
    ' per resident': 'per-resident',
  }[m[3] ?? ''];
  if ((basis ?? null) !== tech.costBasis) errors.push('wrong cost basis');
  if (s.includes('states no budget'))
    return need.budgetMaxUsd === null ? errors : [...errors, 'a budget is stated'];
  if (s.includes('no unit count'))
    return need.unitCount === null ? errors : [...errors, 'a unit count is stated'];
  if (s.includes('no area in km²')) return need.areaKm2 === null ? errors : [...errors, 'an area is stated'];
  if (s.includes('no population of its area'))
    return need.areaPopulation === null ? errors : [...errors, 'a population is stated'];
  const times = / × ([\d,.]+) (\S+)(.*?) = USD ([\d,]+)(?:–USD ([\d,]+))?/.exec(s);
  const units = times ? Number(times[1].replace(/,/g, '')) : 1;
  if (times) {
    const byCapacity =
      times[2] === 'installations' &&
      tech.unitsPerInstallation !== null &&
      tech.capacityUnitKind === need.unitKind &&
      need.unitCount !== null;
    const expected =
      basis === 'per-km2'
        ? need.areaKm2
        : basis === 'per-resident'
          ? need.areaPopulation
          : byCapacity
            ? Math.ceil(need.unitCount! / tech.unitsPerInstallation!)
            : need.unitCount;
    if (units !== expected) errors.push('wrong unit count');
    if (times[2] === 'installations' && !byCapacity) errors.push('installations without a capacity');
    if (usd(times[4]) !== Math.round(low! * units) || usd(times[5] ?? times[4]) !== Math.round(high! * units))
      errors.push('wrong product');
  }
  const [totalLow, totalHigh] = [low! * units, high! * units];
  const budget = /the budget of USD ([\d,]+)/.exec(s);
  if (!budget || usd(budget[1]) !== need.budgetMaxUsd) return [...errors, 'wrong budget'];
  const b = need.budgetMaxUsd!;
  if (s.includes('within the budget') && totalHigh > b) errors.push('not within the budget');
  if (s.includes('only the lower end fits') && !(totalLow <= b && totalHigh > b))
    errors.push('lower-end claim');
  const above = /(\d+)% above the budget/.exec(s);
  if (above && (totalLow <= b || Number(above[1]) !== Math.round(((totalLow - b) / b) * 100)))
    errors.push('percent above');
  return errors;
};

const CHECKS: Record<keyof typeof MATCH_WEIGHTS, Check> = {
  pollutantCoverage,
  sectorFit,
  textRelevance,
  geography,
  trlFit,
  costFit,
};
