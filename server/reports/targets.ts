// Report targets (design/reporting.md: "Target and ratio (320 → 135%)", "Target 200"): persons
// informed (SPOC) and persons accompanied per site and calendar year, entered by coordinators and
// stored in `report_targets` (migration 0003). A site and year without a row uses the defaults of
// the code lists (src/domain/codes: reference.vdc.targets2024), which the client applies.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';

export interface ReportTargetsTable {
  site_id: string;
  year: number;
  spoc_persons: number;
  accompanied_persons: number;
  entered_by: string;
  entered_at: string;
}

type TargetsDatabase = Database & { report_targets: ReportTargetsTable };

export interface ReportTargetFigures {
  siteId: string;
  year: number;
  spocPersons: number;
  accompaniedPersons: number;
}

/** One entered row as the API answers it. */
export interface ReportTargetRow extends ReportTargetFigures {
  enteredBy: string;
  enteredAt: string;
}

export const FIRST_TARGET_YEAR = 1990;
export const LAST_TARGET_YEAR = 2100;
/** Persons per site and year: far above any real target, against typing slips (a "huge" figure). */
export const MAX_TARGET_PERSONS = 100_000;

const siteId = z.string({ message: 'required' }).trim().min(1, { message: 'invalidId' }).max(64, { message: 'tooLong' });
const year = z
  .number({ message: 'invalidNumber' })
  .int({ message: 'invalidNumber' })
  .min(FIRST_TARGET_YEAR, { message: 'outOfRange' })
  .max(LAST_TARGET_YEAR, { message: 'outOfRange' });
const persons = z
  .number({ message: 'invalidNumber' })
  .int({ message: 'invalidNumber' })
  .min(0, { message: 'outOfRange' })
  .max(MAX_TARGET_PERSONS, { message: 'outOfRange' });
/** Query strings carry text: a number is read from it before the same check. */
const fromText = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (typeof value === 'string' && value.trim() !== '' ? Number(value) : value), schema);

export const reportTargetBodySchema = z.object({ siteId, year, spocPersons: persons, accompaniedPersons: persons }).strict();
export const reportTargetKeySchema = z.object({ siteId, year: fromText(year) });
export const reportTargetListQuerySchema = z.object({
  // Fastify gives a repeated parameter as an array and a single one as a string.
  siteId: z
    .union([siteId, z.array(siteId).max(200, { message: 'outOfRange' })])
    .optional()
    .transform((value) => (value === undefined ? undefined : [...new Set(Array.isArray(value) ? value : [value])])),
  year: fromText(year).optional(),
});

const table = (db: Kysely<Database>) => db.withTables<{ report_targets: ReportTargetsTable }>() as unknown as Kysely<TargetsDatabase>;

const toRow = (row: ReportTargetsTable): ReportTargetRow => ({
  siteId: row.site_id,
  year: Number(row.year),
  spocPersons: Number(row.spoc_persons),
  accompaniedPersons: Number(row.accompanied_persons),
  enteredBy: row.entered_by,
  enteredAt: row.entered_at,
});

/** The entered targets of these sites (of one year when given), by site then year. */
export async function listReportTargets(db: Kysely<Database>, siteIds: readonly string[], onlyYear?: number): Promise<ReportTargetRow[]> {
  if (siteIds.length === 0) return [];
  let query = table(db).selectFrom('report_targets').selectAll().where('site_id', 'in', siteIds);
  if (onlyYear !== undefined) query = query.where('year', '=', onlyYear);
  const rows = await query.orderBy('site_id').orderBy('year').execute();
  return rows.map(toRow);
}

/** Enters or corrects the targets of one site and year. */
export async function saveReportTarget(db: Kysely<Database>, figures: ReportTargetFigures, userId: string, now: string = new Date().toISOString()): Promise<ReportTargetRow> {
  const values: ReportTargetsTable = {
    site_id: figures.siteId,
    year: figures.year,
    spoc_persons: figures.spocPersons,
    accompanied_persons: figures.accompaniedPersons,
    entered_by: userId,
    entered_at: now,
  };
  await table(db)
    .insertInto('report_targets')
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

/** Removes an entered target (the site and year go back to the defaults); false when there was none. */
export async function deleteReportTarget(db: Kysely<Database>, siteId: string, year: number): Promise<boolean> {
  const result = await table(db).deleteFrom('report_targets').where('site_id', '=', siteId).where('year', '=', year).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
