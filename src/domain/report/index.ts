// The yearly activity report (docs/report-counting.md): one pure function over the synced records,
// run by the server (the reference answer of GET /api/reports/activity) and by the tablet over its
// local data. No I/O, no clock: "today" only enters through `options.asOf`.
import { computeAccompaniment } from './accompaniment';
import { computeEvolution, defaultEvolutionYears } from './evolution';
import { computeModules } from './modules';
import { assertPeriod, yearOf, type Period } from './period';
import { computeProfiles } from './profiles';
import { computeDataQuality } from './quality';
import { buildScope } from './scope';
import { computeSpoc, spocNamedPersons } from './spoc';
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
export { networkReport, type NetworkReport } from './network';
export { AGE_BANDS, type AgeBand } from './period';
export { UNKNOWN } from './profiles';
export { UNKNOWN_METIER } from './validation';

/** Throws a RangeError when `from`/`to`/`asOf` are not calendar days or `from` is after `to`. */
export function computeActivityReport(input: ReportInput, options: ReportOptions): ActivityReport {
  const period: Period = { from: options.from, to: options.to };
  assertPeriod(period);
  const asOf = options.asOf ?? options.to;
  if (!isCalendarDate(asOf)) throw new RangeError('invalidDate');

  const scope = buildScope(input, options);
  const accompaniment = computeAccompaniment(scope, period);
  const modules = computeModules(scope, period);
  const years = options.evolutionYears ?? defaultEvolutionYears(scope, yearOf(period.from), yearOf(period.to), input.networkPastYears);
  const counted = new Set([
    ...spocNamedPersons(scope, period),
    ...accompaniment.persons,
    ...modules.persons,
    ...validationPersons(scope, period),
  ]);

  return {
    period,
    spoc: computeSpoc(scope, period),
    accompaniment: accompaniment.table,
    modules: modules.rows,
    validation: computeValidation(scope, period),
    profiles: computeProfiles(scope, accompaniment.persons, period),
    evolution: computeEvolution(scope, years, { fromYear: yearOf(period.from), closedSites: input.closedSites, networkPastYears: input.networkPastYears }),
    topMetiersToTest: topMetiersToTest(scope, period),
    dataQuality: computeDataQuality(scope, period, asOf, { accompanied: accompaniment.persons, counted }),
  };
}
