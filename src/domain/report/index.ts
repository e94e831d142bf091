// The yearly activity report (docs/report-counting.md): one pure function over the synced records,
// run by the server (the reference answer of GET /api/reports/activity) and by the tablet over its
// local data. No I/O, no clock: "today" only enters through `options.asOf`.
import { computeAccompaniment } from './accompaniment';
import { computeEvolution, defaultEvolutionYears } from './evolution';
import { computeExits } from './exits';
import { computeModules } from './modules';
import { assertPeriod, yearOf, type Period } from './period';
import { computeProfiles } from './profiles';
import { computeDataQuality } from './quality';
import { buildScope } from './scope';
import { computeSpoc, spocNamedPersons } from './spoc';
import { computeTargets } from './targets';
import { computeValidation, topMetiersToTest, validationPersons } from './validation';
import type { ActivityReport, ReportInput, ReportOptions } from './types';
import { isCalendarDate } from '../dates';

export type * from './types';
export {
  maskReport,
  maskSmallCells,
  MASKED_CELL,
  SMALL_CELL,
  type MaskedActivityReport,
  type MaskedCount,
  type MaskedProfiles,
  type MaskMarker,
} from './mask';
export type { MaskedEvolution, MaskedEvolutionRow } from './mask-evolution';
export { networkReport, type NetworkReport } from './network';
export { AGE_BANDS, type AgeBand } from './period';
export { PROFILE_CODES, UNKNOWN } from './profiles';
export { POSITIVE_EXIT_REASONS } from './exits';
export { DEFAULT_NETWORK_TARGET } from './targets';
export { UNKNOWN_METIER } from './validation';

/** Throws a RangeError when `from`/`to`/`asOf` are not calendar days or `from` is after `to`. */
export function computeActivityReport(input: ReportInput, options: ReportOptions): ActivityReport {
  const period: Period = { from: options.from, to: options.to };
  assertPeriod(period);
  const asOf = options.asOf ?? options.to;
  if (!isCalendarDate(asOf)) throw new RangeError('invalidDate');

  const scope = buildScope(input, options);
  const spoc = computeSpoc(scope, period);
  const accompaniment = computeAccompaniment(scope, period);
  const modules = computeModules(scope, period);
  const years = options.evolutionYears ?? defaultEvolutionYears(scope, yearOf(period.from), yearOf(period.to), input.networkPastYears);
  const informed = spocNamedPersons(scope, period);
  // The persons reached: informed or accompanied in the period (the 2024 report's 442).
  const reached = new Set([...informed, ...accompaniment.persons]);
  const counted = new Set([...reached, ...modules.persons, ...validationPersons(scope, period)]);
  const wholeNetwork = options.wholeNetwork ?? options.siteIds === undefined;

  return {
    period,
    personsReached: reached.size,
    ...computeTargets(scope, period, input.targets, {
      spocPersons: spoc.total.persons,
      accompaniedPersons: accompaniment.table.total.persons,
      wholeNetwork,
    }),
    spoc,
    accompaniment: accompaniment.table,
    exits: computeExits(scope, period),
    modules: modules.rows,
    validation: computeValidation(scope, period),
    profiles: computeProfiles(scope, reached, period),
    profilesAccompanied: computeProfiles(scope, accompaniment.persons, period),
    evolution: computeEvolution(scope, years, { fromYear: yearOf(period.from), closedSites: input.closedSites, networkPastYears: input.networkPastYears }),
    topMetiersToTest: topMetiersToTest(scope, period),
    dataQuality: computeDataQuality(scope, period, asOf, { reached, counted }),
  };
}
