// Table 3: evolution over years (docs/report-counting.md, "Evolution over years and past years").
// - Rows per calendar year and site: distinct named persons informed (SPOC, contacts never
//   count), distinct persons accompanied and accompaniments, with the rules of tables 1 and 4 over
//   each whole year, at the site where the work was done (workSiteOf).
// - The network rows: the distinct persons of all the report's sites together (a person seen at
//   two sites is one person: 433, never the 436 sum of the rows), with the growth on the previous
//   year.
// - Years before the app: a coordinator's entered figure fills a (year, site) for which the data
//   has nothing; when the data has something, the data wins (it is what the rest of the report is
//   computed from). The last of two entries for one (year, site) wins (a correction). A (year,
//   site) that neither the data nor an entry knows, before the site's first data and before the
//   period, is `missing` (null figures), never 0. The network row of such a year cannot be a
//   distinct count of entered rows: it is the network reporter's entered total when the caller
//   passed one, the site's own figure when the report has one site, and `missing` otherwise.
// - A closed site keeps every row up to the year it left; after it, it has rows only for what
//   was recorded or entered there. Its rows say `closed`.
// Speed: one pass over the actions (each falls in the year of its date) and one over the
// accompaniments (each counts in every asked year it was open), not the two tables re-run per year.
import { compareCodes, inPeriod, openDuring, yearOf, yearPeriod, type Period } from './period';
import type { Scope } from './scope';
import type { Evolution, EvolutionGrowth, EvolutionNetworkRow, EvolutionRow, NetworkPastYearFigures, ReportInput } from './types';
import { workSiteOf } from '../work-site';

interface Cell {
  actions: number;
  spocNamed: Set<string>;
  accompaniments: number;
  accompanied: Set<string>;
}
const emptyCell = (): Cell => ({ actions: 0, spocNamed: new Set(), accompaniments: 0, accompanied: new Set() });

export interface EvolutionContext {
  /** The period's first year: a year from it on is reported by the app, so nothing there is 0, not unknown. */
  fromYear: number;
  closedSites?: ReportInput['closedSites'];
  networkPastYears?: readonly NetworkPastYearFigures[];
}

/** this / previous; null when either is unknown or the previous is 0 (a growth on nothing is none). */
function ratio(current: number | null, previous: number | null): number | null {
  return current === null || previous === null || previous === 0 ? null : current / previous;
}

export function computeEvolution(scope: Scope, years: readonly number[], context: EvolutionContext): Evolution {
  const sortedYears = [...new Set(years)].sort((a, b) => a - b);
  const periods = new Map<number, Period>(sortedYears.map((year) => [year, yearPeriod(year)]));
  const cells = new Map<number, Map<string, Cell>>(sortedYears.map((year) => [year, new Map()]));
  /** The first year each site has an action or an accompaniment in, over all the data. */
  const firstDataYear = new Map<string, number>();
  const seen = (siteId: string, year: number) => {
    if (year < (firstDataYear.get(siteId) ?? Infinity)) firstDataYear.set(siteId, year);
  };
  const cellOf = (year: number, siteId: string): Cell => {
    const sites = cells.get(year) as Map<string, Cell>;
    let cell = sites.get(siteId);
    if (!cell) sites.set(siteId, (cell = emptyCell()));
    return cell;
  };

  for (const action of scope.spocActions) {
    const date = action.data.date;
    if (typeof date !== 'string') continue;
    const siteId = workSiteOf(action);
    if (!scope.isVisible(siteId)) continue;
    const year = yearOf(date);
    if (!Number.isInteger(year)) continue;
    seen(siteId, year);
    const period = periods.get(year);
    // Table 1's own test over the whole year (a malformed date falls outside it).
    if (!period || !inPeriod(date, period)) continue;
    const cell = cellOf(year, siteId);
    cell.actions += 1;
    // Unnamed people (headCount) are contacts: never distinct persons.
    for (const candidateId of action.data.candidateIds ?? []) {
      const person = scope.persons.person(candidateId);
      if (person !== undefined) cell.spocNamed.add(person);
    }
  }

  for (const record of scope.accompaniments) {
    const { startDate, exitDate, candidateId } = record.data;
    if (typeof startDate !== 'string') continue;
    const siteId = workSiteOf(record);
    if (!scope.isVisible(siteId)) continue;
    seen(siteId, yearOf(startDate));
    let person: string | undefined | null = null;
    for (const year of sortedYears) {
      if (!openDuring(startDate, exitDate, periods.get(year) as Period)) continue;
      if (person === null) person = scope.persons.person(candidateId);
      const cell = cellOf(year, siteId);
      cell.accompaniments += 1;
      if (person !== undefined) cell.accompanied.add(person);
    }
  }

  const closedYear = new Map(Object.entries(context.closedSites ?? {}).map(([siteId, closedOn]) => [siteId, yearOf(closedOn)]));
  const networkEntries = new Map((context.networkPastYears ?? []).map((entry) => [entry.year, entry]));
  const rows: EvolutionRow[] = [];
  const network: EvolutionNetworkRow[] = [];

  for (const year of sortedYears) {
    const computed = cells.get(year) as Map<string, Cell>;
    const entered = new Map(scope.pastYears.filter((entry) => entry.year === year).map((entry) => [entry.siteId, entry]));
    // Every selected site, as tables 1 and 4 list them, except a closed site after the year it left.
    const selected = (scope.selectedSiteIds ?? []).filter((siteId) => year <= (closedYear.get(siteId) ?? Infinity));
    const sites = [...new Set([...selected, ...computed.keys(), ...entered.keys()])].sort(compareCodes);
    const yearRows: EvolutionRow[] = [];
    for (const siteId of sites) {
      const cell = computed.get(siteId);
      const entry = entered.get(siteId);
      const closed = closedYear.has(siteId) ? { closed: true } : {};
      let row: EvolutionRow;
      if (cell && (cell.actions > 0 || cell.accompaniments > 0)) {
        row = { year, siteId, spocPersons: cell.spocNamed.size, accompaniedPersons: cell.accompanied.size, accompaniments: cell.accompaniments, ...closed, source: 'data' };
      } else if (entry) {
        row = { year, siteId, spocPersons: entry.spocPersons, accompaniedPersons: entry.accompaniedPersons, accompaniments: entry.accompaniments ?? null, ...closed, source: 'entered' };
      } else if (year < Math.min(firstDataYear.get(siteId) ?? Infinity, context.fromYear)) {
        row = { year, siteId, spocPersons: null, accompaniedPersons: null, accompaniments: null, ...closed, source: 'missing' };
      } else {
        row = { year, siteId, spocPersons: 0, accompaniedPersons: 0, accompaniments: 0, ...closed, source: 'data' };
      }
      yearRows.push(row);
    }
    rows.push(...yearRows);
    network.push(networkRow(year, yearRows, computed, networkEntries.get(year)));
  }

  // Growth on the previous calendar year, when the table has it.
  const byYear = new Map(network.map((row) => [row.year, row]));
  for (const row of network) {
    const previous = byYear.get(row.year - 1);
    if (!previous) continue;
    const growth: EvolutionGrowth = { spocPersons: ratio(row.spocPersons, previous.spocPersons), accompaniedPersons: ratio(row.accompaniedPersons, previous.accompaniedPersons) };
    row.growth = growth.spocPersons === null && growth.accompaniedPersons === null ? null : growth;
  }
  return { rows, network };
}

function networkRow(year: number, yearRows: readonly EvolutionRow[], computed: Map<string, Cell>, entry: NetworkPastYearFigures | undefined): EvolutionNetworkRow {
  if (yearRows.every((row) => row.source === 'data')) {
    // Distinct over the sites together: a person of two sites is one person of the network.
    const spoc = new Set<string>();
    const accompanied = new Set<string>();
    let accompaniments = 0;
    for (const row of yearRows) {
      const cell = computed.get(row.siteId);
      if (!cell) continue;
      for (const person of cell.spocNamed) spoc.add(person);
      for (const person of cell.accompanied) accompanied.add(person);
      accompaniments += cell.accompaniments;
    }
    return { year, spocPersons: spoc.size, accompaniedPersons: accompanied.size, accompaniments, growth: null, source: 'data' };
  }
  if (entry) {
    return { year, spocPersons: entry.spocPersons, accompaniedPersons: entry.accompaniedPersons, accompaniments: entry.accompaniments ?? null, growth: null, source: 'entered' };
  }
  const only = yearRows.length === 1 ? yearRows[0] : undefined;
  if (only && only.source === 'entered') {
    // One site: its distinct persons are the total's.
    return { year, spocPersons: only.spocPersons, accompaniedPersons: only.accompaniedPersons, accompaniments: only.accompaniments, growth: null, source: 'entered' };
  }
  return { year, spocPersons: null, accompaniedPersons: null, accompaniments: null, growth: null, source: 'missing' };
}

/**
 * Default years: every year from the first one known (an entered figure, a SPOC action, an
 * accompaniment's start, or the period's start) to the period's end, with no gap (a year skipped
 * would hide a fall and make the next growth a growth on two years).
 */
export function defaultEvolutionYears(scope: Scope, fromYear: number, toYear: number, networkPastYears: readonly NetworkPastYearFigures[] = []): number[] {
  let first = fromYear;
  for (const entry of [...scope.pastYears, ...networkPastYears]) first = Math.min(first, entry.year);
  for (const action of scope.spocActions) {
    const year = typeof action.data.date === 'string' ? yearOf(action.data.date) : NaN;
    if (Number.isInteger(year)) first = Math.min(first, year);
  }
  for (const record of scope.accompaniments) {
    const year = typeof record.data.startDate === 'string' ? yearOf(record.data.startDate) : NaN;
    if (Number.isInteger(year)) first = Math.min(first, year);
  }
  const years: number[] = [];
  for (let year = first; year <= toYear; year += 1) years.push(year);
  return years;
}
