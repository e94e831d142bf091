// Report targets (docs/report-counting.md, "Targets"): ONE goal for the
// whole network per calendar year (320 persons informed, 200 accompanied when nobody entered one),
// compared with the network's distinct persons; an organisation may enter its own, shown on its own
// rows and never added into the network's. Stored in `report_goals` (0017_report_goals), the
// network's row under organisation_id ''.
// Who sets what (enforced here and in server/routes/report-targets.ts):
//   - the network's goal: the network reporter and administrators;
//   - an organisation's goal: that organisation's coordinators, and administrators.
// Everyone who reads the activity report reads the network's goal; an organisation's is read by
// its coordinators, the network reporter and administrators.
import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ReportTargetsInput } from '../../src/domain/report';
import type { SessionUser } from '../../src/domain/wire';
import type { Database } from '../db/schema';
import { forbidden } from '../http/errors';
import { siteOrganisationIds } from '../organisations/sites';
import { readsActivityReport } from '../auth/roles';

export const FIRST_TARGET_YEAR = 1990;
export const LAST_TARGET_YEAR = 2100;
/** Persons per year: far above any real target, against typing slips (a "huge" figure). */
export const MAX_TARGET_PERSONS = 100_000;
const NETWORK = '';

/** One entered goal as the API answers it: `organisationId` null for the network's. */
export interface ReportTargetRow {
  organisationId: string | null;
  year: number;
  spocPersons: number;
  accompaniedPersons: number;
  enteredBy: string;
  enteredAt: string;
}

interface ReportGoalsTable {
  organisation_id: string;
  year: number;
  spoc_persons: number;
  accompanied_persons: number;
  entered_by: string;
  entered_at: string;
}

const organisationId = z.string({ message: 'required' }).trim().min(1, { message: 'invalidId' }).max(64, { message: 'tooLong' });
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

/** PUT body: without `organisationId` (or null) the network's goal. */
export const reportTargetBodySchema = z
  .object({ organisationId: organisationId.nullable().optional(), year, spocPersons: persons, accompaniedPersons: persons })
  .strict();
/** DELETE query: without `organisationId` the network's goal. */
export const reportTargetKeySchema = z.object({ organisationId: organisationId.optional(), year: fromText(year) }).strict();

/** Site id → organisation id (a site without one is an organisation of its own, by its id). */
export async function siteOrganisations(db: Kysely<Database>): Promise<Record<string, string>> {
  return Object.fromEntries([...(await siteOrganisationIds(db))].map(([siteId, organisation]) => [siteId, organisation ?? siteId]));
}

/** The organisations whose goals the user may enter (and read beyond the network's): all for admins and reporters. */
export async function organisationsOf(db: Kysely<Database>, user: SessionUser): Promise<Set<string> | 'all'> {
  if (user.role === 'admin' || user.role === 'reporter') return 'all';
  if (user.role !== 'coordinator') return new Set();
  const organisations = await siteOrganisations(db);
  return new Set(user.siteIds.map((siteId) => organisations[siteId] ?? siteId));
}

/** Throws 403 unless the user may enter or remove this goal (see the top of this file). */
export async function assertMaySetTarget(db: Kysely<Database>, user: SessionUser, organisation: string | null | undefined): Promise<void> {
  if (organisation === null || organisation === undefined) {
    if (user.role !== 'reporter' && user.role !== 'admin') throw forbidden();
    return;
  }
  if (user.role === 'admin') {
    if (!Object.values(await siteOrganisations(db)).includes(organisation)) throw forbidden();
    return;
  }
  const own = await organisationsOf(db, user);
  if (user.role !== 'coordinator' || own === 'all' || !own.has(organisation)) throw forbidden();
}

const table = (db: Kysely<Database>) => db.withTables<{ report_goals: ReportGoalsTable }>();
const toRow = (row: ReportGoalsTable): ReportTargetRow => ({
  organisationId: row.organisation_id === NETWORK ? null : row.organisation_id,
  year: Number(row.year),
  spocPersons: Number(row.spoc_persons),
  accompaniedPersons: Number(row.accompanied_persons),
  enteredBy: row.entered_by,
  enteredAt: row.entered_at,
});

/** The goals the user may read: the network's, and the organisations' they may see. Throws 403 for roles without reports. */
export async function listReportTargets(db: Kysely<Database>, user: SessionUser): Promise<ReportTargetRow[]> {
  if (!readsActivityReport(user.role)) throw forbidden();
  const rows = (await table(db).selectFrom('report_goals').selectAll().orderBy('organisation_id').orderBy('year').execute()).map(toRow);
  const own = await organisationsOf(db, user);
  return rows.filter((row) => row.organisationId === null || own === 'all' || own.has(row.organisationId));
}

/** Enters or corrects one goal (the caller has checked assertMaySetTarget). */
export async function saveReportTarget(
  db: Kysely<Database>,
  figures: { organisationId?: string | null; year: number; spocPersons: number; accompaniedPersons: number },
  userId: string,
  now = new Date().toISOString(),
): Promise<ReportTargetRow> {
  const values: ReportGoalsTable = {
    organisation_id: figures.organisationId ?? NETWORK,
    year: figures.year,
    spoc_persons: figures.spocPersons,
    accompanied_persons: figures.accompaniedPersons,
    entered_by: userId,
    entered_at: now,
  };
  const { organisation_id: _organisation, year: _year, ...changed } = values;
  await table(db)
    .insertInto('report_goals')
    .values(values)
    .onConflict((conflict) => conflict.columns(['organisation_id', 'year']).doUpdateSet(changed))
    .execute();
  return toRow(values);
}

/** Removes an entered goal (the network's goes back to the 2024 one); false when there was none. */
export async function deleteReportTarget(db: Kysely<Database>, organisation: string | undefined, onlyYear: number): Promise<boolean> {
  const result = await table(db)
    .deleteFrom('report_goals')
    .where('organisation_id', '=', organisation ?? NETWORK)
    .where('year', '=', onlyYear)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** Every goal, as the report's input (the report shows the organisations of its sites only). */
export async function reportTargetsInput(db: Kysely<Database>): Promise<ReportTargetsInput> {
  const rows = (await table(db).selectFrom('report_goals').selectAll().orderBy('organisation_id').orderBy('year').execute()).map(toRow);
  return {
    network: rows.filter((row) => row.organisationId === null).map(({ year: y, spocPersons, accompaniedPersons }) => ({ year: y, spocPersons, accompaniedPersons })),
    organisations: rows.flatMap((row) =>
      row.organisationId === null ? [] : [{ organisationId: row.organisationId, year: row.year, spocPersons: row.spocPersons, accompaniedPersons: row.accompaniedPersons }],
    ),
    siteOrganisation: await siteOrganisations(db),
  };
}
