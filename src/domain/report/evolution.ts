// Table 3: distinct persons per site and calendar year, SPOC and accompaniment, computed with the
// same rules as tables 1 and 4 over each whole year. Years before the app come from the figures
// coordinators entered (`pastYears`): an entered figure fills a (year, site) for which the data
// has nothing (no SPOC action and no accompaniment counted); when the data has something, the data
// wins, since it is what the rest of the report is computed from. Two entries for the same
// (year, site): the last one given wins (a correction).
import { compareCodes, yearPeriod } from './period';
import { computeAccompaniment } from './accompaniment';
import { type Scope } from './scope';
import { computeSpoc } from './spoc';
import type { EvolutionRow } from './types';

export function computeEvolution(scope: Scope, years: readonly number[]): EvolutionRow[] {
  const rows: EvolutionRow[] = [];
  for (const year of [...new Set(years)].sort((a, b) => a - b)) {
    const period = yearPeriod(year);
    const spoc = new Map(computeSpoc(scope, period).bySite.map((row) => [row.siteId, row]));
    const accompaniment = new Map(computeAccompaniment(scope, period).table.bySite.map((row) => [row.siteId, row]));
    const entered = new Map(scope.pastYears.filter((entry) => entry.year === year).map((entry) => [entry.siteId, entry]));
    const sites = new Set([...spoc.keys(), ...accompaniment.keys(), ...entered.keys()]);
    for (const siteId of [...sites].sort(compareCodes)) {
      const spocRow = spoc.get(siteId);
      const accompanimentRow = accompaniment.get(siteId);
      const hasData = (spocRow?.actions ?? 0) > 0 || (accompanimentRow?.accompaniments ?? 0) > 0;
      const entry = entered.get(siteId);
      if (!hasData && entry) {
        rows.push({ year, siteId, spocPersons: entry.spocPersons, accompaniedPersons: entry.accompaniedPersons, source: 'entered' });
      } else {
        rows.push({
          year,
          siteId,
          spocPersons: spocRow?.persons ?? 0,
          accompaniedPersons: accompanimentRow?.persons ?? 0,
          source: 'data',
        });
      }
    }
  }
  return rows;
}

/** Default years: those of the entered figures up to the period's end, and the period's own years. */
export function defaultEvolutionYears(scope: Scope, fromYear: number, toYear: number): number[] {
  const years = new Set<number>();
  for (const entry of scope.pastYears) if (entry.year <= toYear) years.add(entry.year);
  for (let year = fromYear; year <= toYear; year += 1) years.add(year);
  return [...years];
}
