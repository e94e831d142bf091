// Report targets (docs/report-counting.md, table 4, and its known differences): persons
// informed (SPOC) and persons accompanied per site and calendar year, entered by coordinators and
// stored in `report_targets` (migration 0003, through site-year-figures.ts). A site and year without a row uses the defaults of
// the code lists (src/domain/codes: reference.vdc.targets2024), which the client applies.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../db/schema';
import { siteYearFiguresStore, type SiteYearFigures, type SiteYearRow } from './site-year-figures';

export type ReportTargetFigures = SiteYearFigures;
/** One entered row as the API answers it. */
export type ReportTargetRow = SiteYearRow;

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

const store = siteYearFiguresStore('report_targets');

/** The entered targets of these sites (of one year when given), by site then year. */
export function listReportTargets(db: Kysely<Database>, siteIds: readonly string[], onlyYear?: number): Promise<ReportTargetRow[]> {
  return store.list(db, siteIds, onlyYear);
}

/** Enters or corrects the targets of one site and year. */
export function saveReportTarget(db: Kysely<Database>, figures: ReportTargetFigures, userId: string, now?: string): Promise<ReportTargetRow> {
  return store.save(db, figures, userId, now);
}

/** Removes an entered target (the site and year go back to the defaults); false when there was none. */
export function deleteReportTarget(db: Kysely<Database>, siteId: string, year: number): Promise<boolean> {
  return store.remove(db, siteId, year);
}
