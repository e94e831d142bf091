// Persons per site and calendar year entered by coordinators, in a table of its own with the same
// columns: the past years' figures (`past_year_figures`, migration 0002) and the report targets
// (`report_targets`, migration 0003). One store serves both; each module keeps its own rules.
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export interface SiteYearFiguresTable {
  site_id: string;
  year: number;
  spoc_persons: number;
  accompanied_persons: number;
  entered_by: string;
  entered_at: string;
  /** past_year_figures only (migration 0015): null when not entered. */
  accompaniments?: number | null;
}

export type SiteYearTableName = 'past_year_figures' | 'report_targets';

export interface SiteYearFigures {
  siteId: string;
  year: number;
  spocPersons: number;
  accompaniedPersons: number;
  /** Past years only: the accompaniments, null when not entered (unknown, never 0). */
  accompaniments?: number | null;
}

/** One entered row as the API answers it. */
export interface SiteYearRow extends SiteYearFigures {
  enteredBy: string;
  enteredAt: string;
}

export interface SiteYearFiguresStore {
  /** The entered rows of these sites (of one year when given), by site then year. */
  list(db: Kysely<Database>, siteIds: readonly string[], onlyYear?: number): Promise<SiteYearRow[]>;
  /** Enters or corrects the figures of one site and year. */
  save(db: Kysely<Database>, figures: SiteYearFigures, userId: string, now?: string): Promise<SiteYearRow>;
  /** Removes a mistaken entry; false when there was none. */
  remove(db: Kysely<Database>, siteId: string, year: number): Promise<boolean>;
}

export function siteYearFiguresStore(name: SiteYearTableName): SiteYearFiguresStore {
  const withAccompaniments = name === 'past_year_figures';
  const toRow = (row: SiteYearFiguresTable): SiteYearRow => ({
    siteId: row.site_id,
    year: Number(row.year),
    spocPersons: Number(row.spoc_persons),
    accompaniedPersons: Number(row.accompanied_persons),
    ...(withAccompaniments ? { accompaniments: row.accompaniments === null || row.accompaniments === undefined ? null : Number(row.accompaniments) } : {}),
    enteredBy: row.entered_by,
    enteredAt: row.entered_at,
  });
  // The two tables are typed here with their columns (the records schema stays untouched).
  const table = (db: Kysely<Database>) => db.withTables<Record<SiteYearTableName, SiteYearFiguresTable>>();
  const figures = name as 'report_targets'; // one name for the type checker: both have these columns
  return {
    async list(db, siteIds, onlyYear) {
      if (siteIds.length === 0) return [];
      let query = table(db).selectFrom(figures).selectAll().where('site_id', 'in', siteIds);
      if (onlyYear !== undefined) query = query.where('year', '=', onlyYear);
      return (await query.orderBy('site_id').orderBy('year').execute()).map(toRow);
    },
    async save(db, entered, userId, now = new Date().toISOString()) {
      const values: SiteYearFiguresTable = {
        site_id: entered.siteId,
        year: entered.year,
        spoc_persons: entered.spocPersons,
        accompanied_persons: entered.accompaniedPersons,
        entered_by: userId,
        entered_at: now,
        ...(withAccompaniments ? { accompaniments: entered.accompaniments ?? null } : {}),
      };
      const { site_id: _site, year: _year, ...changed } = values;
      await table(db)
        .insertInto(figures)
        .values(values)
        .onConflict((conflict) => conflict.columns(['site_id', 'year']).doUpdateSet(changed))
        .execute();
      return toRow(values);
    },
    async remove(db, siteId, year) {
      const result = await table(db).deleteFrom(figures).where('site_id', '=', siteId).where('year', '=', year).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
  };
}
