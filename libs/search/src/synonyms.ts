/**
 * Expands groups of equivalent terms into the one-way map both engines read:
 * `[['esp', 'electrostatic precipitator']]` → `{ esp: ['electrostatic precipitator'], 'electrostatic precipitator': ['esp'] }`.
 */
export function mutualSynonyms(groups: string[][]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    for (const term of group) {
      const others = group.filter((other) => other !== term);
      const known = synonyms[term] ?? [];
      synonyms[term] = [...known, ...others.filter((other) => !known.includes(other))];
    }
  }
  return synonyms;
}
