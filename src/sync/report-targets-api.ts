// Report targets online (docs/report-counting.md, table 4: persons informed and accompanied per
// site and year, 320 and 200 by default): /api/reports/targets. Offline the screen shows the rows
// last known in this session (see site-year-figures-api.ts), or the defaults, and says so.
import { createSiteYearFiguresApi, type SiteYearEntry, type SiteYearFigures, type SiteYearFiguresApi, type SiteYearFiguresApiOptions } from './site-year-figures-api';

export const REPORT_TARGETS_API_PATH = '/api/reports/targets';

export type ReportTargetEntry = SiteYearEntry;
export type ReportTargetFigures = SiteYearFigures;
/** `remove` brings a site and year back to the defaults. */
export type ReportTargetsApi = SiteYearFiguresApi;
export type ReportTargetsApiOptions = SiteYearFiguresApiOptions;

export function createReportTargetsApi(options: ReportTargetsApiOptions): ReportTargetsApi {
  return createSiteYearFiguresApi(REPORT_TARGETS_API_PATH, 'targets', 'target', options);
}
