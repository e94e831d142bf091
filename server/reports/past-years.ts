// Past years' figures (docs/report-counting.md, table 3): what coordinators enter for the years
// before the app, per site, so that the evolution table (table 3) has its history. Stored in
// `past_year_figures` (migration 0002) through the store they share with the report targets
// (site-year-figures.ts).
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { PastYearFigures } from '../../src/domain/report';
import { brusselsDate } from '../../src/domain/dates';
import type { Database } from '../db/schema';
import { siteYearFiguresStore, type SiteYearRow } from './site-year-figures';

/** One entered row as the API answers it. */
export type PastYearRow = SiteYearRow & PastYearFigures;

/** The earliest year that may be entered: far enough for any history the network keeps. */
export const FIRST_PAST_YEAR = 1990;
/** Persons per site and year: a bound far above any real figure, against typing slips. */
export const MAX_PAST_YEAR_PERSONS = 1_000_000;

const siteId = z.string({ message: 'required' }).trim().min(1, { message: 'invalidId' }).max(64, { message: 'tooLong' });
const persons = z
  .number({ message: 'invalidNumber' })
  .int({ message: 'invalidNumber' })
  .min(0, { message: 'outOfRange' })
  .max(MAX_PAST_YEAR_PERSONS, { message: 'outOfRange' });

/** A year before the current one (Brussels calendar): only finished years have figures to enter. */
export function pastYearSchema(today: string = brusselsDate()) {
  const lastYear = Number(today.slice(0, 4)) - 1;
  return z.number({ message: 'invalidNumber' }).int({ message: 'invalidNumber' }).min(FIRST_PAST_YEAR, { message: 'outOfRange' }).max(lastYear, { message: 'outOfRange' });
}

export function pastYearBodySchema(today?: string) {
  return z.object({ siteId, year: pastYearSchema(today), spocPersons: persons, accompaniedPersons: persons, accompaniments: persons.nullable().optional() }).strict();
}

export function pastYearKeySchema(today?: string) {
  // Query strings carry text: the year is read as a number before the same check.
  return z.object({ siteId, year: z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value), pastYearSchema(today)) });
}

const store = siteYearFiguresStore('past_year_figures');

/** The entered rows of these sites, by site then year. */
export function listPastYears(db: Kysely<Database>, siteIds: readonly string[]): Promise<PastYearRow[]> {
  return store.list(db, siteIds);
}

/** Enters or corrects the figures of one site and year. */
export function savePastYear(db: Kysely<Database>, figures: PastYearFigures, userId: string, now?: string): Promise<PastYearRow> {
  return store.save(db, figures, userId, now);
}

/** Removes a mistaken entry; false when there was none. */
export function deletePastYear(db: Kysely<Database>, siteId: string, year: number): Promise<boolean> {
  return store.remove(db, siteId, year);
}
