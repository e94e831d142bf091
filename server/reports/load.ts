// Reads what the activity report of some sites needs, and nothing else: the six report tables of
// those sites, plus the few records of other sites that the report's counting rules reach
// (src/domain/report/scope.ts), so that the answer equals computeActivityReport over the whole
// database restricted to the same sites:
// - candidate files linked from the loaded records wherever they live (a transferred file keeps
//   counting where the person was informed or accompanied), following `mergedInto` chains;
// - attendance rows of another site in a session of these sites (a participation is the session's);
// - validation steps of another site on an accompaniment of these sites (the step counts at the
//   accompaniment's site), and the accompaniments of other sites that loaded steps point to (so the
//   step is attributed there, and left out).
// Only the needed columns are selected, and each record's report projection (report-rows.ts) is
// parsed once rather than its whole data. All reads share one snapshot (REPEATABLE READ in
// PostgreSQL; SQLite's single connection serializes anyway).
// The route no longer reads through this (server/reports/input-cache.ts keeps the whole database's
// report records in memory, refreshed by rev); it stays as the from-scratch per-site read the bench
// compares against, and for a one-off report without the cache.
import { sql } from 'kysely';
import type { Expression, Kysely } from 'kysely';
import type { ReportInput, ReportRecord, ReportTable } from '../../src/domain/report';
import type { DialectName, ServerDatabase } from '../db/connect';
import type { Database } from '../db/schema';
import { REPORT_FIELDS } from '../../src/domain/report/fields';
import { REPORT_ROW_COLUMNS, reportDataColumn, toReportRecord } from './report-rows';
import type { ReportRow } from './report-rows';

/** The tables the report reads: those of its field list. */
export const REPORT_TABLES = Object.keys(REPORT_FIELDS) as readonly ReportTable[];

/** Ids per `IN (…)` list: far below SQLite's and PostgreSQL's bound-parameter limits. */
export const ID_BATCH = 1000;

type MutableInput = { [T in ReportTable]: ReportRecord<T>[] };

export async function loadReportInput(database: ServerDatabase, siteIds: readonly string[]): Promise<ReportInput> {
  let transaction = database.db.transaction();
  if (database.dialect === 'postgres') transaction = transaction.setIsolationLevel('repeatable read');
  return transaction.execute((trx) => load(trx, database.dialect, siteIds));
}

async function load(trx: Kysely<Database>, dialect: DialectName, siteIds: readonly string[]): Promise<ReportInput> {
  const input: MutableInput = { candidates: [], spocActions: [], accompaniments: [], moduleSessions: [], attendance: [], validationSteps: [], moduleWork: [], positionings: [] };
  // The queries below never return a record twice: each asks only for what is not loaded yet.
  const add = (rows: readonly ReportRow[]) => {
    for (const row of rows) (input[row.table_name as ReportTable] as ReportRecord<ReportTable>[]).push(toReportRecord(row));
  };
  if (siteIds.length === 0) return input;

  add(await trx.selectFrom('records').select(REPORT_ROW_COLUMNS).where('table_name', 'in', REPORT_TABLES).where('site_id', 'in', siteIds).execute());

  // Children stored on another site whose parent is of these sites.
  const linked = async (child: ReportTable, field: string, parent: ReportTable) =>
    trx
      .selectFrom('records as r')
      .select(['r.table_name', 'r.id', 'r.site_id', 'r.deleted', reportDataColumn('r')])
      .where('r.table_name', '=', child)
      .where('r.site_id', 'not in', siteIds)
      .where(jsonText(dialect, 'r.data', field), 'in', (qb) =>
        qb.selectFrom('records as p').select('p.id').where('p.table_name', '=', parent).where('p.site_id', 'in', siteIds),
      )
      .execute();
  add(await linked('attendance', 'sessionId', 'moduleSessions'));
  add(await linked('validationSteps', 'accompanimentId', 'accompaniments'));

  // Accompaniments of other sites that loaded validation steps point to.
  const accompanimentIds = new Set(input.accompaniments.map((record) => record.id));
  const missingAccompaniments = new Set<string>();
  for (const step of input.validationSteps) {
    const id = step.data.accompanimentId;
    if (typeof id === 'string' && id !== '' && !accompanimentIds.has(id)) missingAccompaniments.add(id);
  }
  add(await byIds(trx, 'accompaniments', missingAccompaniments));

  // Candidate files linked from anything loaded, then along merge chains until nothing is missing.
  const candidateIds = new Set(input.candidates.map((record) => record.id));
  let wanted = new Set<string>();
  const want = (id: unknown) => {
    if (typeof id === 'string' && id !== '' && !candidateIds.has(id)) wanted.add(id);
  };
  for (const action of input.spocActions) for (const id of action.data.candidateIds ?? []) want(id);
  for (const record of input.accompaniments) want(record.data.candidateId);
  for (const record of input.attendance) want(record.data.candidateId);
  for (const record of input.validationSteps) want(record.data.candidateId);
  for (const record of input.candidates) want(record.data.mergedInto);
  while (wanted.size > 0) {
    const batch = wanted;
    wanted = new Set();
    for (const id of batch) candidateIds.add(id);
    const before = input.candidates.length;
    add(await byIds(trx, 'candidates', batch));
    for (const record of input.candidates.slice(before)) want(record.data.mergedInto);
  }
  return input;
}

async function byIds(trx: Kysely<Database>, table: ReportTable, ids: ReadonlySet<string>): Promise<ReportRow[]> {
  const list = [...ids];
  const rows: ReportRow[] = [];
  for (let start = 0; start < list.length; start += ID_BATCH) {
    const chunk = list.slice(start, start + ID_BATCH);
    rows.push(...(await trx.selectFrom('records').select(REPORT_ROW_COLUMNS).where('table_name', '=', table).where('id', 'in', chunk).execute()));
  }
  return rows;
}

/** A top-level string field of a JSON text column, in the dialect's own JSON function. */
function jsonText(dialect: DialectName, column: string, field: string): Expression<string | null> {
  return dialect === 'postgres' ? sql<string | null>`(${sql.ref(column)}::json ->> ${sql.lit(field)})` : sql<string | null>`json_extract(${sql.ref(column)}, ${sql.lit(`$.${field}`)})`;
}
