// Table 9: profiles of a population of distinct persons (the persons reached, and the persons
// accompanied), one count per person per table, read from the person's surviving file (after
// merges; erased files keep these fields). A missing value (field absent or cleared, or no file in
// the input) is counted under the key "unknown", so every table adds up to its population. Every
// code of the reference list is shown, in the list's order, with 0 (order.ts). It is not the same as the code
// lists' own "don't know" codes (`frenchLevel: 'inconnu'`, `gender: 'U'` = not said), which stay
// as they are: one is what the person answered, the other is a field nobody filled in.
import { CERTIFICATION_CODES, COMMUNE_CODES, FRENCH_LEVEL_CODES, GENDER_CODES, MOTIVATION_CODES, OUTSIDE_REGION_CODE, SOURCE_CODES, ZONE_CODES, zoneOfCommune } from '../codes';
import { orderedCounts } from './order';
import { AGE_BANDS, ageBand, ageOn, type Period } from './period';
import { increment, type Scope } from './scope';
import type { ProfileTable, Profiles } from './types';
import { UNKNOWN } from './unknown';

export { UNKNOWN };

/** The fixed order of each profile table: the code list's (the ISP zones then "outside the region"). */
export const PROFILE_CODES: { readonly [T in ProfileTable]: readonly (string | number)[] } = {
  certificationAtEntry: CERTIFICATION_CODES,
  motivation: MOTIVATION_CODES,
  frenchLevel: FRENCH_LEVEL_CODES,
  source: SOURCE_CODES,
  gender: GENDER_CODES,
  ageBand: AGE_BANDS,
  commune: COMMUNE_CODES,
  zone: [...ZONE_CODES, OUTSIDE_REGION_CODE],
};

const keyOf = (value: string | number | null | undefined): string =>
  value === null || value === undefined || value === '' ? UNKNOWN : String(value);

/** The ISP zone of a commune; outside the region is its own key, not "unknown". */
function zoneKey(commune: string | null | undefined): string {
  if (!commune) return UNKNOWN;
  if (commune === OUTSIDE_REGION_CODE) return OUTSIDE_REGION_CODE;
  return zoneOfCommune(commune) ?? UNKNOWN;
}

export function computeProfiles(scope: Scope, persons: Iterable<string>, period: Period): Profiles {
  const counts = new Map<ProfileTable, Map<string, number>>();
  const add = (table: ProfileTable, key: string) => {
    let map = counts.get(table);
    if (!map) counts.set(table, (map = new Map()));
    increment(map, key);
  };
  for (const person of persons) {
    const data = scope.persons.file(person)?.data;
    add('certificationAtEntry', keyOf(data?.certificationAtEntry));
    add('motivation', keyOf(data?.motivation));
    add('frenchLevel', keyOf(data?.frenchLevel));
    add('source', keyOf(data?.source));
    add('gender', keyOf(data?.gender));
    // Age on the period's last day (period.ts explains the birth-year-only reading).
    const age = ageOn(data?.birthDate, period.to);
    add('ageBand', age === undefined ? UNKNOWN : ageBand(age));
    add('commune', keyOf(data?.communeCode));
    add('zone', zoneKey(data?.communeCode));
  }
  const table = (name: ProfileTable) => orderedCounts(PROFILE_CODES[name], counts.get(name) ?? new Map());
  return {
    certificationAtEntry: table('certificationAtEntry'),
    motivation: table('motivation'),
    frenchLevel: table('frenchLevel'),
    source: table('source'),
    gender: table('gender'),
    ageBand: table('ageBand'),
    commune: table('commune'),
    zone: table('zone'),
  };
}
