// Past years' figures online (docs/report-counting.md, table 3): /api/reports/past-years,
// entered by coordinators; the generic client is site-year-figures-api.ts.
import { createSiteYearFiguresApi, type SiteYearEntry, type SiteYearFiguresApi, type SiteYearFiguresApiOptions } from './site-year-figures-api';
import { API_PATHS } from '../domain/api-paths';

export const PAST_YEARS_API_PATH = API_PATHS.pastYears;

export type PastYearEntry = SiteYearEntry;
export type PastYearsApi = SiteYearFiguresApi;
export type PastYearsApiOptions = SiteYearFiguresApiOptions;

export function createPastYearsApi(options: PastYearsApiOptions): PastYearsApi {
  return createSiteYearFiguresApi(PAST_YEARS_API_PATH, 'pastYears', 'pastYear', options);
}
