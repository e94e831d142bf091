// Table 3: distinct persons per site and calendar year, SPOC and accompaniment, computed with the
// same rules as tables 1 and 4 over each whole year. Years before the app come from the figures
// coordinators entered (`pastYears`): an entered figure fills a (year, site) for which the data
// has nothing (no SPOC action and no accompaniment counted); when the data has something, the data
// wins, since it is what the rest of the report is computed from. Two entries for the same
// (year, site): the last one given wins (a correction).
// Speed: one pass over the actions (each falls in the year of its date) and one over the
// accompaniments (each counts in every asked year it was open), not the two tables re-run per year.
import { compareCodes, openDuring, yearOf, yearPeriod, type Period } from './period';
import type { Scope } from './scope';
import type { EvolutionRow } from './types';

interface Cell {
  actions: number;
  spocNamed: Set<string>;
  headCount: number;
  accompaniments: number;
  accompanied: Set<string>;
}
const emptyCell = (): Cell => ({ actions: 0, spocNamed: new Set(), headCount: 0, accompaniments: 0, accompanied: new Set() });

export function computeEvolution(scope: Scope, years: readonly number[]): EvolutionRow[] {
  const sortedYears = [...new Set(years)].sort((a, b) => a - b);
  const asked = new Set(sortedYears);
  const periods = new Map<number, Period>(sortedYears.map((year) => [year, yearPeriod(year)]));
  const cells = new Map<number, Map<string, Cell>>(sortedYears.map((year) => [year, new Map()]));
  const cellOf = (year: number, siteId: string): Cell => {
    const sites = cells.get(year) as Map<string, Cell>;
    let cell = sites.get(siteId);
    if (!cell) sites.set(siteId, (cell = emptyCell()));
    return cell;
  };

  for (const action of scope.spocActions) {
    const date = action.data.date;
    if (typeof date !== 'string') continue;
    const year = yearOf(date);
    const period = periods.get(year);
    // Same test as table 1's inPeriod over the whole year (a malformed date falls outside it).
    if (!period || !asked.has(year) || date < period.from || date > period.to) continue;
    const cell = cellOf(year, action.siteId);
    cell.actions += 1;
    cell.headCount += action.data.headCount ?? 0;
    for (const candidateId of action.data.candidateIds ?? []) {
      const person = scope.persons.person(candidateId);
      if (person !== undefined) cell.spocNamed.add(person);
    }
  }

  for (const record of scope.accompaniments) {
    const { startDate, exitDate, candidateId } = record.data;
    if (typeof startDate !== 'string') continue;
    let person: string | undefined | null = null;
    for (const year of sortedYears) {
      const period = periods.get(year) as Period;
      if (!openDuring(startDate, exitDate, period)) continue;
      if (person === null) person = scope.persons.person(candidateId);
      const cell = cellOf(year, record.siteId);
      cell.accompaniments += 1;
      if (person !== undefined) cell.accompanied.add(person);
    }
  }

  const rows: EvolutionRow[] = [];
  for (const year of sortedYears) {
    const computed = cells.get(year) as Map<string, Cell>;
    const entered = new Map(scope.pastYears.filter((entry) => entry.year === year).map((entry) => [entry.siteId, entry]));
    // Table 1 and 4 list every selected site too (as zeros).
    const sites = new Set([...(scope.selectedSiteIds ?? []), ...computed.keys(), ...entered.keys()]);
    for (const siteId of [...sites].sort(compareCodes)) {
      const cell = computed.get(siteId);
      const hasData = (cell?.actions ?? 0) > 0 || (cell?.accompaniments ?? 0) > 0;
      const entry = entered.get(siteId);
      if (!hasData && entry) {
        rows.push({ year, siteId, spocPersons: entry.spocPersons, accompaniedPersons: entry.accompaniedPersons, source: 'entered' });
      } else {
        rows.push({
          year,
          siteId,
          spocPersons: cell ? cell.spocNamed.size + cell.headCount : 0,
          accompaniedPersons: cell ? cell.accompanied.size : 0,
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
