// Past years' figures (design/reporting.md): what coordinators enter for the years before the app,
// per site, so that the evolution table (table 3) has its history. Stored in `past_year_figures`
// (migration 0002), read here with their own table type so the records schema stays untouched.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { PastYearFigures } from '../../src/domain/report';
import { brusselsDate } from '../../src/domain/dates';
import type { Database } from '../db/schema';

export interface PastYearFiguresTable {
  site_id: string;
  year: number;
  spoc_persons: number;
  accompanied_persons: number;
  entered_by: string;
  entered_at: string;
}

type PastYearsDatabase = Database & { past_year_figures: PastYearFiguresTable };

/** One entered row as the API answers it. */
export interface PastYearRow extends PastYearFigures {
  enteredBy: string;
  enteredAt: string;
}

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
  return z.object({ siteId, year: pastYearSchema(today), spocPersons: persons, accompaniedPersons: persons }).strict();
}

export function pastYearKeySchema(today?: string) {
  // Query strings carry text: the year is read as a number before the same check.
  return z.object({ siteId, year: z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value), pastYearSchema(today)) });
}

const table = (db: Kysely<Database>) => db.withTables<{ past_year_figures: PastYearFiguresTable }>() as unknown as Kysely<PastYearsDatabase>;

const toRow = (row: PastYearFiguresTable): PastYearRow => ({
  siteId: row.site_id,
  year: Number(row.year),
  spocPersons: Number(row.spoc_persons),
  accompaniedPersons: Number(row.accompanied_persons),
  enteredBy: row.entered_by,
  enteredAt: row.entered_at,
});

/** The entered rows of these sites, by site then year. */
export async function listPastYears(db: Kysely<Database>, siteIds: readonly string[]): Promise<PastYearRow[]> {
  if (siteIds.length === 0) return [];
  const rows = await table(db).selectFrom('past_year_figures').selectAll().where('site_id', 'in', siteIds).orderBy('site_id').orderBy('year').execute();
  return rows.map(toRow);
}

/** Enters or corrects the figures of one site and year. */
export async function savePastYear(db: Kysely<Database>, figures: PastYearFigures, userId: string, now: string = new Date().toISOString()): Promise<PastYearRow> {
  const values: PastYearFiguresTable = {
    site_id: figures.siteId,
    year: figures.year,
    spoc_persons: figures.spocPersons,
    accompanied_persons: figures.accompaniedPersons,
    entered_by: userId,
    entered_at: now,
  };
  await table(db)
    .insertInto('past_year_figures')
    .values(values)
    .onConflict((conflict) =>
      conflict.columns(['site_id', 'year']).doUpdateSet({
        spoc_persons: values.spoc_persons,
        accompanied_persons: values.accompanied_persons,
        entered_by: values.entered_by,
        entered_at: values.entered_at,
      }),
    )
    .execute();
  return toRow(values);
}

/** Removes a mistaken entry; false when there was none. */
export async function deletePastYear(db: Kysely<Database>, siteId: string, year: number): Promise<boolean> {
  const result = await table(db).deleteFrom('past_year_figures').where('site_id', '=', siteId).where('year', '=', year).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
