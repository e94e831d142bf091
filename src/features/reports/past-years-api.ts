// What the past years' section needs beside the workspace's API (src/sync/past-years-api.ts).
import type { PastYearFigures } from '../../domain/report';
import type { PastYearEntry } from '../../sync/past-years-api';

export type { PastYearEntry, PastYearsApi } from '../../sync/past-years-api';

/** The earliest year accepted by the server (server/reports/past-years.ts). */
export const FIRST_PAST_YEAR = 1990;

/** The report's input shape of the entered rows. */
export function toPastYearFigures(rows: readonly PastYearEntry[]): PastYearFigures[] {
  return rows.map(({ year, siteId, spocPersons, accompaniedPersons, accompaniments }) => ({ year, siteId, spocPersons, accompaniedPersons, accompaniments: accompaniments ?? null }));
}
