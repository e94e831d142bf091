// Table 9: profiles of the distinct persons accompanied in the period, one count per person per
// table, read from the person's surviving file (after merges; erased files keep these fields).
// A missing value (field absent or cleared, or no file in the input) is counted under the key
// "unknown", so every table adds up to the persons accompanied. It is not the same as the code
// lists' own "don't know" codes (`frenchLevel: 'inconnu'`, `gender: 'U'` = not said), which stay
// as they are: one is what the person answered, the other is a field nobody filled in.
import { OUTSIDE_REGION_CODE, zoneOfCommune } from '../codes';
import { ageBand, ageOn, type Period } from './period';
import { increment, type Scope } from './scope';
import type { ProfileTable, Profiles } from './types';

export const UNKNOWN = 'unknown';

export function emptyProfiles(): Profiles {
  return { certificationAtEntry: {}, motivation: {}, frenchLevel: {}, source: {}, gender: {}, ageBand: {}, commune: {}, zone: {} };
}

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
  const profiles = emptyProfiles();
  for (const [table, map] of counts) {
    // Keys in code-point order so the JSON is byte-stable between tablet and server.
    for (const key of [...map.keys()].sort()) profiles[table][key] = map.get(key) ?? 0;
  }
  return profiles;
}
